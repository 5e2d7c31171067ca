# Tuple unpacking from tuples, lists, strings and ranges, and swaps.
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
x, y, z = [3, 4, 5]
print(x, y, z)
p, q = "hi"
print(p, q)
(m, n) = range(2)
print(m, n)
[r, s] = (6, 7)
print(r, s)
a, b, c = c, a, b = 1, 2, 3
print(a, b, c)

# expect: 1 2
# expect: 2 1
# expect: 3 4 5
# expect: h i
# expect: 0 1
# expect: 6 7
# expect: 2 3 1
