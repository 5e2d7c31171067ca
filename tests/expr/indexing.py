# Positive and negative indexes into lists, tuples, strings and ranges.
xs = [10, 20, 30]
print(xs[0], xs[2], xs[-1], xs[-3])
print("abc"[1], "abc"[-1], (7, 8)[1], range(10, 20)[3], range(10)[-1])
xs[-1] = 33
print(xs)
print([[1, 2], [3]][0][1])

# expect: 10 30 30 10
# expect: b c 8 13 9
# expect: [10, 20, 33]
# expect: 2
