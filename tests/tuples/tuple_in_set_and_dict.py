# Tuples as keys for grid coordinates.
grid = {}
for r in range(3):
    for c in range(3):
        grid[r, c] = r * 3 + c
print(grid[1, 2], grid[(2, 0)], len(grid))
neighbors = [(r, c) for (r, c) in grid if abs(r - 1) + abs(c - 1) == 1]
print(sorted(neighbors))

# expect: 5 6 9
# expect: [(0, 1), (1, 0), (1, 2), (2, 1)]
