# int() from strings, floats, bools and with an explicit base.
print(int(), int(7), int("42"), int("-17"), int("  8  "), int("+3"))
print(int(3.99), int(-3.99), int(1e10), int(True))
print(int("ff", 16), int("FF", 16), int("0x1f", 16), int("101", 2), int("0b11", 0), int("17", 8), int("z", 36))
print(int("1_000"), int("0", 0))

# expect: 0 7 42 -17 8 3
# expect: 3 -3 10000000000 1
# expect: 255 255 31 5 3 15 35
# expect: 1000 0
