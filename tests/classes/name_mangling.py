# Private names: __x inside a class is stored as _Class__x (leading underscores of the class dropped).
class _Secret:
    __count = 0
    def __init__(self, v):
        self.__v = v
        _Secret.__count += 1
    def __peek(self):
        return self.__v
    def show(self):
        def inner():
            return self.__peek()
        return inner()
    @classmethod
    def count(cls):
        return cls.__count
s = _Secret(4)
print(s.show(), _Secret.count(), sorted(k for k in vars(s)))
print(hasattr(s, "__v"), s._Secret__v)
class ___:
    def __init__(self):
        self.__z = 1
print(vars(___()))
# expect: 4 1 ['_Secret__v']
# expect: False 4
# expect: {'__z': 1}
