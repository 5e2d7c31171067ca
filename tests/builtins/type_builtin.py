# type() of every value in the slice.
print(type(1), type(1.5), type("s"), type(True), type(None))
print(type([]), type(()), type({}), type(range(3)))
def f():
    pass
async def g():
    pass
print(type(f), type(g), type(print), type(len))
print(type(type(1)), type(int), type(ValueError("x")))
print(type(1) is int, type(True) is bool, type(True) is int, type("") == str)

# expect: <class 'int'> <class 'float'> <class 'str'> <class 'bool'> <class 'NoneType'>
# expect: <class 'list'> <class 'tuple'> <class 'dict'> <class 'range'>
# expect: <class 'function'> <class 'function'> <class 'builtin_function_or_method'> <class 'builtin_function_or_method'>
# expect: <class 'type'> <class 'type'> <class 'ValueError'>
# expect: True True False True
