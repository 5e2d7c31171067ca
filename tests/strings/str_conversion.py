# str() and int()/float() conversions with strings.
print(str(42), str(3.5), str(None), str([1, "a"]), str(True))
print(int("  42 "), int("-7"), int("ff", 16), int("0b101", 0), float(" 2.5e3 "))
try:
    int("4.5")
except ValueError as e:
    print(e)
try:
    float("abc")
except ValueError as e:
    print(e)
print(int("1_000"), float("inf"), float("-nan"))

# expect: 42 3.5 None [1, 'a'] True
# expect: 42 -7 255 5 2500.0
# expect: invalid literal for int() with base 10: '4.5'
# expect: could not convert string to float: 'abc'
# expect: 1000 inf nan
