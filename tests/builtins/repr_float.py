# repr of floats: shortest round-trip form, switching to exponents at 1e16 and 1e-4.
for x in [0.1, 0.5, 1.0, 2.5, 1/3, 2/3, 100.0, 1e15, 1e16, 1.5e16, 123456789.125]:
    print(repr(x))
for x in [1e-4, 1e-5, 1e-7, 0.0001234, 5e-324, 1.7976931348623157e308]:
    print(repr(x))
print(repr(-0.0), repr(0.0), -0.0 == 0.0)
print(0.1 + 0.2, 1.1 * 3, 2.0 ** 0.5)
print(str(1e22), str(12345.678))

# expect: 0.1
# expect: 0.5
# expect: 1.0
# expect: 2.5
# expect: 0.3333333333333333
# expect: 0.6666666666666666
# expect: 100.0
# expect: 1000000000000000.0
# expect: 1e+16
# expect: 1.5e+16
# expect: 123456789.125
# expect: 0.0001
# expect: 1e-05
# expect: 1e-07
# expect: 0.0001234
# expect: 5e-324
# expect: 1.7976931348623157e+308
# expect: -0.0 0.0 True
# expect: 0.30000000000000004 3.3000000000000003 1.4142135623730951
# expect: 1e+22 12345.678
