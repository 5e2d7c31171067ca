# Chained comparisons evaluate each operand once and stop early.
x = 5
print(1 < x < 10, 1 < x > 10, 1 < 2 < 3 < 4 < 0)
print(1 == 1 == 1, 1 == 1 != 2, 3 > 2 > 1 >= 1)
def v(n):
    print("v", n)
    return n
print(v(1) < v(2) < v(3))
print(v(3) < v(2) < v(1))
print(1 < 3 in [3])

# expect: True False False
# expect: True True True
# expect: v 1
# expect: v 2
# expect: v 3
# expect: True
# expect: v 3
# expect: v 2
# expect: False
# expect: True
