# * / // % bind tighter than + -, which bind tighter than shifts.
print(1 + 2 * 3, (1 + 2) * 3)
print(10 - 4 - 3, 10 - (4 - 3))
print(2 * 3 % 4, 2 * (3 % 4))
print(7 // 2 * 2, 7 // (2 * 2))
print(1 + 2 << 3, 1 + (2 << 3))
print(64 >> 1 + 1, (64 >> 1) + 1)
print(100 / 10 / 5)

# expect: 7 9
# expect: 3 9
# expect: 2 6
# expect: 6 1
# expect: 24 17
# expect: 16 33
# expect: 2.0
