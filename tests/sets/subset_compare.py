# Comparisons are subset tests.
a = {1, 2}
b = {1, 2, 3}
print(a < b, a <= b, a > b, a >= b, a == b, a != b)
print(b > a, b >= a, a < a, a <= a)
print({1, 2} < {3, 4}, {1, 2} > {3}, set() < {1})
# expect: True True False False False True
# expect: True True False True
# expect: False False True
