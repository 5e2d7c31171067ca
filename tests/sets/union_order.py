# union copies the left set, then adds the right one's items.
a = {1, 2, 3}
b = {3, 4, 40, 17}
print(a | b)
print(b | a)
print(a.union([9, 8, 1], (33, 65)))
print(a.union())
# expect: {1, 2, 3, 17, 4, 40}
# expect: {17, 1, 3, 4, 2, 40}
# expect: {1, 2, 3, 33, 65, 8, 9}
# expect: {1, 2, 3}
