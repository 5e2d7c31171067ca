# Special methods added to (or removed from) a class after its instances
# were already used are honoured at once: the dunder lookups are cached per
# class, and a change to a class dict must drop the cached answers.
class Base:
    pass


class C(Base):
    pass


c = C()
c.x = 1                      # plain store
print(bool(c), repr(c)[:10], c.x)


def loud_setattr(self, name, value):
    print("setattr", name, value)
    object.__setattr__(self, name, value)


Base.__setattr__ = loud_setattr   # on a base class: found along the chain
c.y = 2
print(c.y)
Base.__bool__ = lambda self: False
print(bool(c), "yes" if c else "no")
C.__repr__ = lambda self: "<C!>"
print(repr(c), [c])
del Base.__setattr__
c.z = 3
print(c.z)
C.__setattr__ = object.__setattr__  # a C method of object, on a Python class
c.w = 4
print(c.w)
del Base.__bool__
print(bool(c))


class Eq:
    def __init__(self, v):
        self.v = v


a, b = Eq(1), Eq(1)
print(a == b)
Eq.__eq__ = lambda self, other: self.v == other.v
print(a == b)
Eq.__hash__ = lambda self: 7
print(hash(a), len({a, b}))
# expect: True <__main__. 1
# expect: setattr y 2
# expect: 2
# expect: False no
# expect: <C!> [<C!>]
# expect: 3
# expect: 4
# expect: True
# expect: False
# expect: True
# expect: 7 1
