# pow(base, exp, mod) with big numbers and modular inverses.
print(pow(2, 100, 10 ** 9 + 7), pow(3, 10 ** 20, 1000))
print(pow(2 ** 70, 5, 2 ** 61 - 1), pow(-7, 3, 10 ** 20))
print(pow(3, -1, 7), pow(2 ** 70, -1, 1000003))
print(pow(5, 3, -7), pow(7, 0, 1))
try:
    pow(2, -1, 4)
except ValueError as e:
    print(e)
# expect: 976371285 1
# expect: 35184372088832 99999999999999999657
# expect: 5 845732
# expect: -1 0
# expect: base is not invertible for the given modulus
