# int() of a string that is not a number.
# expect runtime error: ValueError: invalid literal for int() with base 10: 'x'
n = int("x")
