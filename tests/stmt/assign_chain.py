# Chained assignment binds every target to the same object.
a = b = c = 7
print(a, b, c)
xs = ys = []
xs.append(1)
print(ys, xs is ys)
i = j = 0
i += 1
print(i, j)

# expect: 7 7 7
# expect: [1] True
# expect: 1 0
