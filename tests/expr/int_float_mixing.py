# Mixing ints and floats gives floats; int-only operations stay int.
print(1 + 2, 1 + 2.0, 3 * 1.5, 2 - 0.5)
print(type(1 + 2), type(1 + 2.0), type(2 ** 2), type(2 ** -1))
print(10 // 3, 10 // 3.0, 10 % 3, 10 % 3.0)
print(1e3 + 1, 0.1 + 0.2, 1 / 3)
print(True + 1, True * 2.5, False - 1)
print(int(3.9), int(-3.9), float(3))

# expect: 3 3.0 4.5 1.5
# expect: <class 'int'> <class 'float'> <class 'int'> <class 'float'>
# expect: 3 3.0 1 1.0
# expect: 1001.0 0.30000000000000004 0.3333333333333333
# expect: 2 2.5 -1
# expect: 3 -3 3.0
