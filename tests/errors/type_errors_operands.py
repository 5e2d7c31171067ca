# TypeError messages for unsupported operand types.
def show(f):
    try:
        f()
    except TypeError as e:
        print(e)
show(lambda: 1 + "a")
show(lambda: "a" - "b")
show(lambda: [1] * 1.5)
show(lambda: {} + {})
show(lambda: None + 1)
show(lambda: 2 ** "x")
show(lambda: -"s")
show(lambda: ~1.5)
show(lambda: 1 < "1")
show(lambda: [] < ())
show(lambda: 5 % [])
show(lambda: len(None))
nothing = None
show(lambda: nothing())
n = 1
show(lambda: n[0])
f = 1.5
show(lambda: f[0])

# expect: unsupported operand type(s) for +: 'int' and 'str'
# expect: unsupported operand type(s) for -: 'str' and 'str'
# expect: can't multiply sequence by non-int of type 'float'
# expect: unsupported operand type(s) for +: 'dict' and 'dict'
# expect: unsupported operand type(s) for +: 'NoneType' and 'int'
# expect: unsupported operand type(s) for ** or pow(): 'int' and 'str'
# expect: bad operand type for unary -: 'str'
# expect: bad operand type for unary ~: 'float'
# expect: '<' not supported between instances of 'int' and 'str'
# expect: '<' not supported between instances of 'list' and 'tuple'
# expect: unsupported operand type(s) for %: 'int' and 'list'
# expect: object of type 'NoneType' has no len()
# expect: 'NoneType' object is not callable
# expect: 'int' object is not subscriptable
# expect: 'float' object is not subscriptable
