# Float literals: fraction, leading/trailing dot, exponents, underscores.
print(1.5, .5, 1., 0.0)
print(1e10, 1E10, 1e-3, 2.5e+3)
print(1_0.5, 1_000.000_1, 1e1_0)
print(.5e1, 3.14159)
print(type(1.), type(1e0), type(10))

# expect: 1.5 0.5 1.0 0.0
# expect: 10000000000.0 10000000000.0 0.001 2500.0
# expect: 10.5 1000.0001 10000000000.0
# expect: 5.0 3.14159
# expect: <class 'float'> <class 'float'> <class 'int'>
