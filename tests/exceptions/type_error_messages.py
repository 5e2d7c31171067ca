# The messages of common TypeErrors.
def show(f):
    try:
        f()
    except TypeError as e:
        print(e)
show(lambda: 1 + "a")
show(lambda: "a" + 1)
show(lambda: "a" - "b")
show(lambda: [1] + (2,))
show(lambda: 1 < "a")
show(lambda: -"a")
show(lambda: ~1.5)
n = 5
show(lambda: n())
show(lambda: n[0])
key = None
show(lambda: [1][key])
show(lambda: len(5))
show(lambda: None + 1)
show(lambda: {}[[]])
show(lambda: "abc" * "d")

# expect: unsupported operand type(s) for +: 'int' and 'str'
# expect: can only concatenate str (not "int") to str
# expect: unsupported operand type(s) for -: 'str' and 'str'
# expect: can only concatenate list (not "tuple") to list
# expect: '<' not supported between instances of 'int' and 'str'
# expect: bad operand type for unary -: 'str'
# expect: bad operand type for unary ~: 'float'
# expect: 'int' object is not callable
# expect: 'int' object is not subscriptable
# expect: list indices must be integers or slices, not NoneType
# expect: object of type 'int' has no len()
# expect: unsupported operand type(s) for +: 'NoneType' and 'int'
# expect: unhashable type: 'list'
# expect: can't multiply sequence by non-int of type 'str'
