# Slices on lists, tuples and strings: bounds, negatives, steps, clamping.
xs = [0, 1, 2, 3, 4, 5]
print(xs[1:3], xs[:2], xs[4:], xs[:], xs[-2:], xs[:-2])
print(xs[::2], xs[1::2], xs[::-1], xs[4:1:-1], xs[-1:-4:-1])
print(xs[10:], xs[-10:2], xs[3:1], xs[5:100])
s = "orrery"
print(s[1:4], s[::-1], s[::2], s[-3:])
t = (1, 2, 3)
print(t[1:], t[::-1], type(t[:1]))
ys = xs[:]
ys[0] = 99
print(xs[0], ys[0])

# expect: [1, 2] [0, 1] [4, 5] [0, 1, 2, 3, 4, 5] [4, 5] [0, 1, 2, 3]
# expect: [0, 2, 4] [1, 3, 5] [5, 4, 3, 2, 1, 0] [4, 3, 2] [5, 4, 3]
# expect: [] [0, 1] [] [5]
# expect: rre yrerro orr ery
# expect: (2, 3) (3, 2, 1) <class 'tuple'>
# expect: 0 99
