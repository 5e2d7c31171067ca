# update() with several iterables, intersection_update with several.
s = set()
s.update([3, 1], (2,), range(4, 7), {8: 'x', 0: 'y'})
print(s)
s.intersection_update([1, 2, 3, 4, 5], {2, 4, 5, 9})
print(s)
# expect: {0, 1, 2, 3, 4, 5, 6, 8}
# expect: {2, 4, 5}
