# abs, round, divmod, min, max, sum on ints and floats.
print(abs(-3), abs(-2.5), abs(0), abs(True))
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(7), type(round(2.5)))
print(divmod(7, 2), divmod(-7, 2), divmod(7.5, 2))
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("abc"), max(1, 2.5))
print(sum([1, 2, 3]), sum([]), sum([0.5, 0.25]), sum(range(101)))

# expect: 3 2.5 0 1
# expect: 2 4 -2 2.67 7 <class 'int'>
# expect: (3, 1) (-4, 1) (3.0, 1.5)
# expect: 1 3 4 c 2.5
# expect: 6 0 0.75 5050
