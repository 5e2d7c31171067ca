# difference and its update form.
a = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
print(a - {2, 4, 6})
print(a.difference([1, 3], (5,)))
a -= {1, 2, 3, 4, 5, 6, 7}
print(a)
a.difference_update(range(9))
print(a)
# expect: {1, 3, 5, 7, 8, 9, 10}
# expect: {2, 4, 6, 7, 8, 9, 10}
# expect: {8, 9, 10}
# expect: {9, 10}
