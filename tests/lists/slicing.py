# List slicing with steps and negative bounds returns new lists.
xs = list(range(10))
print(xs[2:5], xs[:3], xs[-2:], xs[::3], xs[::-1], xs[7:2:-2], xs[-3:-1])
print(xs[5:2], xs[20:], xs[:-20])
ys = xs[:]
ys[0] = 99
print(xs[0], ys[0])

# expect: [2, 3, 4] [0, 1, 2] [8, 9] [0, 3, 6, 9] [9, 8, 7, 6, 5, 4, 3, 2, 1, 0] [7, 5, 3] [7, 8]
# expect: [] [] []
# expect: 0 99
