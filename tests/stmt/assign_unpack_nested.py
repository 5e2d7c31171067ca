# Nested unpacking and unpacking in for loops.
(a, b), c = (1, 2), 3
print(a, b, c)
x, (y, (z, w)) = 1, [2, (3, 4)]
print(x, y, z, w)
for i, (name, score) in [(0, ("ada", 9)), (1, ("bob", 7))]:
    print(i, name, score)

# expect: 1 2 3
# expect: 1 2 3 4
# expect: 0 ada 9
# expect: 1 bob 7
