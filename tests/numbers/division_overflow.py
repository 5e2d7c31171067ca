# A quotient too large for a float.
print(10 ** 400 // 10 ** 390)
print(10 ** 400 / 3)
# expect: 10000000000
# expect runtime error: OverflowError: integer division result too large for a float
