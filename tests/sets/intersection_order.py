# intersection walks the smaller set.
a = {1, 2, 3, 4, 5, 17, 33}
b = {33, 17, 3, 100}
print(a & b, b & a)
print(a.intersection([5, 4, 1]))
print(a.intersection(b, [3, 33, 7]))
# expect: {33, 3, 17} {33, 3, 17}
# expect: {1, 4, 5}
# expect: {33, 3}
