# ValueError from int() and float() of bad strings.
def show(f):
    try:
        f()
    except ValueError as e:
        print(e)
show(lambda: int("x"))
show(lambda: int(""))
show(lambda: int("1.5"))
show(lambda: int("12", 2))
show(lambda: float("abc"))
show(lambda: [1, 2].index(5))
print(int(" 42 "), int("-7"), int("ff", 16))

# expect: invalid literal for int() with base 10: 'x'
# expect: invalid literal for int() with base 10: ''
# expect: invalid literal for int() with base 10: '1.5'
# expect: invalid literal for int() with base 2: '12'
# expect: could not convert string to float: 'abc'
# expect: 5 is not in list
# expect: 42 -7 255
