# Bools and big ints mix as ints.
print(True + 2 ** 64, 2 ** 64 * False, (2 ** 64) & True, 2 ** 64 > True)
# expect: 18446744073709551617 0 0 True
