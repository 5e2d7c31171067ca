# ** is right-associative and binds tighter than unary minus on its left.
print(2 ** 3 ** 2, (2 ** 3) ** 2)
print(-2 ** 2, (-2) ** 2)
print(2 ** -1, 2 ** -2)
print(-2 ** -1)
print(10 ** 0, 0 ** 0, 2.0 ** 3)
print(~2 ** 2, -3 ** 2 * 2)
print(4 ** 0.5, (-8) ** 2)

# expect: 512 64
# expect: -4 4
# expect: 0.5 0.25
# expect: -0.5
# expect: 1 1 8.0
# expect: -5 -18
# expect: 2.0 64
