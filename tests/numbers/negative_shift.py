# A negative shift count is a ValueError.
print(1 << 64)
print((1 << 64) >> -1)
# expect: 18446744073709551616
# expect runtime error: ValueError: negative shift count
