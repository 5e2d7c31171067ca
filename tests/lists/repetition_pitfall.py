# [[0] * n] * m repeats the same inner list.
bad = [[0] * 3] * 2
bad[0][0] = 1
print(bad)
good = [[0] * 3 for _ in range(2)]
good[0][0] = 1
print(good)
print([1, 2] * 2, [] * 5, [0] * 0)

# expect: [[1, 0, 0], [1, 0, 0]]
# expect: [[1, 0, 0], [0, 0, 0]]
# expect: [1, 2, 1, 2] [] []
