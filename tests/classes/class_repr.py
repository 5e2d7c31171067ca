# repr of classes and of type objects of built-ins.
class A:
    pass
print(A)
print(int, str, list, type(None))
print(repr(A), str(A))
print([A, int])

# expect: <class '__main__.A'>
# expect: <class 'int'> <class 'str'> <class 'list'> <class 'NoneType'>
# expect: <class '__main__.A'> <class '__main__.A'>
# expect: [<class '__main__.A'>, <class 'int'>]
