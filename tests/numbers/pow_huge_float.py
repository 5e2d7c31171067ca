# Raising a big int to a float power converts it.
print(2 ** 0.5 < 2 ** 70, (10 ** 20) ** 0.5)
print((2 ** 70) ** 0.0)
# expect: True 10000000000.0
# expect: 1.0
