# True division, floor division and modulo with every sign combination.
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2)]:
    print(a, b, a / b, a // b, a % b)
print(6 / 3, type(6 / 3))
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2)
print(7 % -3.0, -0.0 % 5)

# expect: 7 2 3.5 3 1
# expect: -7 2 -3.5 -4 1
# expect: 7 -2 -3.5 -4 -1
# expect: -7 -2 3.5 3 -1
# expect: 2.0 <class 'float'>
# expect: 3.0 -4.0 1.5 0.5
# expect: -2.0 0.0
