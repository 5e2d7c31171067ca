# str() converts any value to its printable text.
print(str(42), str(-1.5), str(True), str(None), str([1, "a"]), str((1,)))
print(repr(str()), str("already"), len(str(12345)))
print(str(0.1), str(1e16), str(-0.0))
print("n=" + str(3) + "!")

# expect: 42 -1.5 True None [1, 'a'] (1,)
# expect: '' already 5
# expect: 0.1 1e+16 -0.0
# expect: n=3!
