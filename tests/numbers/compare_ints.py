# Ordering and equality of big and small ints.
a, b = 10 ** 30, 10 ** 30 + 1
print(a < b, a > b, a == a, a != b, b >= a, -a < a)
print(max([3, 2 ** 80, -2 ** 90]), min(5, 2 ** 64))
print(sorted([2 ** 70, -5, 2 ** 65, 1.5, -2 ** 66]))
# expect: True False True True True True
# expect: 1208925819614629174706176 5
# expect: [-73786976294838206464, -5, 1.5, 36893488147419103232, 1180591620717411303424]
