# List and dict comprehensions, with conditions and nested loops.
print([i * i for i in range(5)])
print([i for i in range(10) if i % 3 == 0])
print([(x, y) for x in range(2) for y in "ab"])
print({k: k * 2 for k in range(3)})
x = "outer"
print([x for x in range(2)], x)

# expect: [0, 1, 4, 9, 16]
# expect: [0, 3, 6, 9]
# expect: [(0, 'a'), (0, 'b'), (1, 'a'), (1, 'b')]
# expect: {0: 0, 1: 2, 2: 4}
# expect: [0, 1] outer
