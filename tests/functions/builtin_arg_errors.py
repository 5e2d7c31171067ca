# Argument errors of built-in functions.
def show(call):
    try:
        call()
    except TypeError as e:
        print(e)
show(lambda: len())
show(lambda: len(1, 2))
show(lambda: abs())
show(lambda: len(5))
show(lambda: int("1", "2", "3"))
show(lambda: "x".upper(1))
show(lambda: [].append())

# expect: len() takes exactly one argument (0 given)
# expect: len() takes exactly one argument (2 given)
# expect: abs() takes exactly one argument (0 given)
# expect: object of type 'int' has no len()
# expect: int() takes at most 2 arguments (3 given)
# expect: str.upper() takes no arguments (1 given)
# expect: list.append() takes exactly one argument (0 given)
