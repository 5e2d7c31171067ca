# List comprehensions with expressions and conditions.
print([x * 2 for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([c.upper() for c in "hello" if c != "l"])
print([(x, x ** 2) for x in [1, 2, 3]])
print([x if x > 0 else 0 for x in [-2, -1, 0, 1, 2]])
print([len(w) for w in "a bb ccc".split()])
print([])

# expect: [0, 2, 4, 6, 8, 10]
# expect: [0, 6, 12, 18]
# expect: ['H', 'E', 'O']
# expect: [(1, 1), (2, 4), (3, 9)]
# expect: [0, 0, 0, 1, 2]
# expect: [1, 2, 3]
# expect: []
