# Assigning to and deleting slices and items of a list.
xs = [0, 1, 2, 3, 4]
xs[1:3] = ["a", "b", "c"]
print(xs)
xs[:] = [9]
print(xs)
ys = [1, 2, 3, 4]
del ys[0]
print(ys)
del ys[1:]
print(ys)

# expect: [0, 'a', 'b', 'c', 3, 4]
# expect: [9]
# expect: [2, 3, 4]
# expect: [2]
