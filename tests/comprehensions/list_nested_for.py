# Nested for clauses run left to right like nested loops.
print([(i, j) for i in range(3) for j in range(i)])
print([a + b for a in "xy" for b in "12"])
matrix = [[1, 2, 3], [4, 5, 6]]
print([v for row in matrix for v in row])
print([[row[i] for row in matrix] for i in range(3)])
print([x * y for x in range(1, 4) for y in range(1, 4) if x != y])

# expect: [(1, 0), (2, 0), (2, 1)]
# expect: ['x1', 'x2', 'y1', 'y2']
# expect: [1, 2, 3, 4, 5, 6]
# expect: [[1, 4], [2, 5], [3, 6]]
# expect: [2, 3, 2, 6, 3, 6]
