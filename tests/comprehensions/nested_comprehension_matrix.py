# Nested comprehensions build and transform 2-D grids.
grid = [[r * 3 + c for c in range(3)] for r in range(3)]
print(grid)
print([[v * 2 for v in row] for row in grid])
print([row[::-1] for row in grid[::-1]])
ident = [[1 if r == c else 0 for c in range(4)] for r in range(4)]
for row in ident:
    print(" ".join(map(str, row)))

# expect: [[0, 1, 2], [3, 4, 5], [6, 7, 8]]
# expect: [[0, 2, 4], [6, 8, 10], [12, 14, 16]]
# expect: [[8, 7, 6], [5, 4, 3], [2, 1, 0]]
# expect: 1 0 0 0
# expect: 0 1 0 0
# expect: 0 0 1 0
# expect: 0 0 0 1
