# Dict comprehensions, including swapping and filtering.
squares = {x: x * x for x in range(5)}
print(squares)
inv = {v: k for k, v in {"a": 1, "b": 2}.items()}
print(inv)
words = ["apple", "bob", "cat", "avocado"]
print({w: len(w) for w in words if w.startswith("a")})
print({w[0]: w for w in words})
print({k: [c for c in k] for k in ("ab", "c")})

# expect: {0: 0, 1: 1, 2: 4, 3: 9, 4: 16}
# expect: {1: 'a', 2: 'b'}
# expect: {'apple': 5, 'avocado': 7}
# expect: {'a': 'avocado', 'b': 'bob', 'c': 'cat'}
# expect: {'ab': ['a', 'b'], 'c': ['c']}
