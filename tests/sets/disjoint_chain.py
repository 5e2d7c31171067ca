# Chained operators and precedence: & binds tighter than ^, ^ than |.
a, b, c = {1, 2}, {2, 3}, {3, 4}
print(a | b & c)
print(a ^ b | c)
print((a | b) - (b & c))
# expect: {1, 2, 3}
# expect: {1, 3, 4}
# expect: {1, 2}
