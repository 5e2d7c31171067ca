# float() from ints, strings and special words.
print(float(), float(3), float("2.5"), float("  -1e3 "), float(".5"), float("inf"))
print(float(True), float("1_0.5"))

# expect: 0.0 3.0 2.5 -1000.0 0.5 inf
# expect: 1.0 10.5
