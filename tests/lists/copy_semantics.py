# Assignment aliases; slicing, list() and copy() are shallow copies.
a = [[1, 2], [3]]
b = a
c = a[:]
d = list(a)
e = a.copy()
a.append([4])
a[0].append(99)
print(a)
print(b)
print(c, d, e)
print(b is a, c is a, c[0] is a[0])

# expect: [[1, 2, 99], [3], [4]]
# expect: [[1, 2, 99], [3], [4]]
# expect: [[1, 2, 99], [3]] [[1, 2, 99], [3]] [[1, 2, 99], [3]]
# expect: True False True
