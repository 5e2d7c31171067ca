# +, +=, *, in, comparisons and equality of lists.
a = [1, 2]
b = a
a += [3]
print(a, b, a is b)
a = a + [4]
print(a, b, a is b)
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9], [] == [], [1] == [1.0])
print(3 in [1, 2, 3], [1] in [[1], 2], 4 not in [1])
try:
    [1] + (2,)
except TypeError as e:
    print(e)
x = [1]
x += (2, 3)
x += "ab"
print(x)

# expect: [1, 2, 3] [1, 2, 3] True
# expect: [1, 2, 3, 4] [1, 2, 3] False
# expect: True True True True True
# expect: True True True
# expect: can only concatenate list (not "tuple") to list
# expect: [1, 2, 3, 'a', 'b']
