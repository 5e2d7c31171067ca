# + * += on lists; += extends in place (aliases see it), + makes a new list.
a = [1, 2]
b = a
a += [3]
print(a, b, a is b)
a = a + [4]
print(a, b, a is b)
print([0, 1] * 2, 2 * [7])
c = [[0] * 2] * 2
c[0][0] = 1
print(c)

# expect: [1, 2, 3] [1, 2, 3] True
# expect: [1, 2, 3, 4] [1, 2, 3] False
# expect: [0, 1, 0, 1] [7, 7]
# expect: [[1, 0], [1, 0]]
