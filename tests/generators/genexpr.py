# Generator expressions are lazy and single-use.
g = (x * x for x in range(5))
print(type(g).__name__)
print(next(g), next(g))
print(list(g))
print(list(g))
print(sum(x for x in range(101)))
print(max(len(w) for w in "the quick brown fox".split()))
print(list(x for x in range(10) if x % 3 == 0))

# expect: generator
# expect: 0 1
# expect: [4, 9, 16]
# expect: []
# expect: 5050
# expect: 5
# expect: [0, 3, 6, 9]
