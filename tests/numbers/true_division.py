# True division of big ints rounds correctly to a float.
print(10 ** 30 / 10 ** 10)
print(2 ** 100 / 3)
print((2 ** 53 + 1) / 1)
print(1 / 2 ** 100)
print(-(10 ** 40) / 7)
print(123456789012345678901234567890 / 987654321)
# expect: 1e+20
# expect: 4.2255020007607644e+29
# expect: 9007199254740992.0
# expect: 7.888609052210118e-31
# expect: -1.4285714285714284e+39
# expect: 1.249999988734375e+20
