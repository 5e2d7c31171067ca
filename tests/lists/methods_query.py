# index, count, reverse, copy on lists.
xs = [3, 1, 4, 1, 5, 9, 2, 6, 5]
print(xs.index(1), xs.index(1, 2), xs.count(5), xs.count(7))
try:
    xs.index(7)
except ValueError as e:
    print(e)
ys = xs.copy()
ys.reverse()
print(xs, ys, ys is xs)
print(xs.reverse(), xs)

# expect: 1 3 2 0
# expect: 7 is not in list
# expect: [3, 1, 4, 1, 5, 9, 2, 6, 5] [5, 6, 2, 9, 5, 1, 4, 1, 3] False
# expect: None [5, 6, 2, 9, 5, 1, 4, 1, 3]
