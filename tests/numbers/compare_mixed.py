# Comparisons between big ints and floats are exact.
# no-valgrind: valgrind computes long double in 64 bits, and these exact comparisons need 80
print(2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 53 == float(2 ** 53))
print(2 ** 64 < 1.8446744073709552e19, 2 ** 64 <= 1.8446744073709552e19)
print(10 ** 400 > 1e308, -10 ** 400 < -1e308, 10 ** 400 < float("inf"))
print(2 ** 100 == 2.0 ** 100, 2 ** 100 + 1 > 2.0 ** 100)
print(float("nan") == 2 ** 100, 2 ** 100 != float("nan"))
# expect: False True
# expect: False True
# expect: True True True
# expect: True True
# expect: False True
