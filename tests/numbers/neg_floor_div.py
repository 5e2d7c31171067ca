# Floor division and modulo with negative big ints follow Python's floor rule.
a = -10 ** 25
print(a // 7, a % 7)
print(a // -7, a % -7)
print(10 ** 25 // -7, 10 ** 25 % -7)
print(divmod(-2 ** 70, 3), divmod(2 ** 70, -3))
# expect: -1428571428571428571428572 4
# expect: 1428571428571428571428571 -3
# expect: -1428571428571428571428572 -4
# expect: (-393530540239137101142, 2) (-393530540239137101142, -2)
