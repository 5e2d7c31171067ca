# Builtin functions and types are ordinary values with names.
print(print, len)
print(int, str, list, dict, tuple, float, bool)
print(callable(print), callable(42), callable(int))
f = len
print(f("four"))
print(print.__name__, len.__name__, int.__name__)

# expect: <built-in function print> <built-in function len>
# expect: <class 'int'> <class 'str'> <class 'list'> <class 'dict'> <class 'tuple'> <class 'float'> <class 'bool'>
# expect: True False True
# expect: 4
# expect: print len int
