# Sequence unpacking and starred targets.
a, b, c = [1, 2, 3]
print(a, b, c)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "hello"
print(init, last)
x, *mid, y = range(5)
print(x, mid, y)
p, *q = [1]
print(p, q)
(a, b), c = [1, 2], 3
print(a, b, c)
a, b = b, a
print(a, b)
for i, (k, v) in enumerate([("x", 1), ("y", 2)]):
    print(i, k, v)

# expect: 1 2 3
# expect: 1 [2, 3, 4]
# expect: ['h', 'e', 'l', 'l'] o
# expect: 0 [1, 2, 3] 4
# expect: 1 []
# expect: 1 2 3
# expect: 2 1
# expect: 0 x 1
# expect: 1 y 2
