# Slice assignment can grow, shrink, insert and delete.
xs = list(range(6))
xs[1:3] = ["a", "b", "c"]
print(xs)
xs[:0] = [-1]
print(xs)
xs[-2:] = []
print(xs)
xs[2:2] = "XY"
print(xs)
xs[::2] = [0] * len(xs[::2])
print(xs)
try:
    xs[::2] = [1]
except ValueError as e:
    print(e)
del xs[1::2]
print(xs)
del xs[:]
print(xs)

# expect: [0, 'a', 'b', 'c', 3, 4, 5]
# expect: [-1, 0, 'a', 'b', 'c', 3, 4, 5]
# expect: [-1, 0, 'a', 'b', 'c', 3]
# expect: [-1, 0, 'X', 'Y', 'a', 'b', 'c', 3]
# expect: [0, 0, 0, 'Y', 0, 'b', 0, 3]
# expect: attempt to assign sequence of size 1 to extended slice of size 4
# expect: [0, 0, 0, 0]
# expect: []
