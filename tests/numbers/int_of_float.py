# int() of huge floats is exact.
print(int(1e20), int(-1e25), int(2.0 ** 100))
print(int(1.7976931348623157e308) % 1000)
print((1e300).as_integer_ratio()[0] % 10 ** 6, (0.1).as_integer_ratio())
print((2.5e-20).as_integer_ratio()[1] == 2 ** 117)
# expect: 100000000000000000000 -10000000000000000905969664 1267650600228229401496703205376
# expect: 368
# expect: 540160 (3602879701896397, 36028797018963968)
# expect: False
