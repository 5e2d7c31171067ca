# ValueError messages from conversions and unpacking.
def show(f):
    try:
        f()
    except ValueError as e:
        print(e)
show(lambda: int("abc"))
show(lambda: int("12", 2))
show(lambda: float("1.2.3"))
show(lambda: [1, 2].index(3))
show(lambda: "abc".index("z"))
show(lambda: list(range(3)).remove(5))
show(lambda: chr(-5))
show(lambda: int(""))

# expect: invalid literal for int() with base 10: 'abc'
# expect: invalid literal for int() with base 2: '12'
# expect: could not convert string to float: '1.2.3'
# expect: 3 is not in list
# expect: substring not found
# expect: list.remove(x): x not in list
# expect: chr() arg not in range(0x110000)
# expect: invalid literal for int() with base 10: ''
