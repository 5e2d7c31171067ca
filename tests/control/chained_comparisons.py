# Chained comparisons evaluate each operand once and short-circuit.
def v(x):
    print("eval", x)
    return x
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0, 1 == 1 < 2, 1 < 2 != 2)
print(v(1) < v(2) < v(3))
print(v(3) < v(2) < v(1))
x = 5
print(0 <= x < 10, 0 <= x < 5, "a" < "b" < "c", 1 < 2 in [2])

# expect: True False True True False
# expect: eval 1
# expect: eval 2
# expect: eval 3
# expect: True
# expect: eval 3
# expect: eval 2
# expect: False
# expect: True False True True
