# repr and str of ints, including negatives and bools.
print(repr(0), repr(-5), repr(123456789012), str(-0), repr(True), repr(False))
print(repr(0x10), repr(1_000), str(7))

# expect: 0 -5 123456789012 0 True False
# expect: 16 1000 7
