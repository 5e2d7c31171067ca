# Tuple unpacking in comprehension targets.
pairs = [("a", 1), ("b", 2), ("c", 3)]
print([k * v for k, v in pairs])
print({v: k for k, v in pairs})
print([(i, c) for i, (c, _) in enumerate(pairs)])
print([a + b + c for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]])
print([first for first, *rest in ["abc", "de"]])

# expect: ['a', 'bb', 'ccc']
# expect: {1: 'a', 2: 'b', 3: 'c'}
# expect: [(0, 'a'), (1, 'b'), (2, 'c')]
# expect: [6, 15]
# expect: ['a', 'd']
