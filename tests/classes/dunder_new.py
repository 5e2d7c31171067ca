# __new__ runs before __init__ and can return a cached instance.
class Singleton:
    _instance = None
    def __new__(cls, *args):
        print("__new__", cls.__name__, args)
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance
    def __init__(self, v):
        print("__init__", v)
        self.v = v
a = Singleton(1)
b = Singleton(2)
print(a is b, a.v)

# expect: __new__ Singleton (1,)
# expect: __init__ 1
# expect: __new__ Singleton (2,)
# expect: __init__ 2
# expect: True 2
