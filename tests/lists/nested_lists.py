# Nested lists: indexing, mutation and iteration.
m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(m[1][2], m[-1][-1], len(m), len(m[0]))
m[0][0] = "x"
for row in m:
    print(row)
print([row[1] for row in m], sum(sum(r) for r in m[1:]))
t = [list(col) for col in zip(*m)]
print(t)

# expect: 6 9 3 3
# expect: ['x', 2, 3]
# expect: [4, 5, 6]
# expect: [7, 8, 9]
# expect: [2, 5, 8] 39
# expect: [['x', 4, 7], [2, 5, 8], [3, 6, 9]]
