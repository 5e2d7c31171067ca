# & binds tighter than ^, which binds tighter than |; all below shifts.
print(1 | 2 ^ 3 & 4)
print((1 | 2) ^ 3 & 4, 1 | (2 ^ 3) & 4)
print(6 & 3 | 8, 6 & (3 | 8))
print(5 ^ 1 | 2, 5 ^ (1 | 2))
print(1 << 2 & 7, 1 << (2 & 7))
print(12 | 3 == 15)

# expect: 3
# expect: 3 1
# expect: 10 2
# expect: 6 6
# expect: 4 4
# expect: True
