# One attribute instruction sees objects of several classes, and classes
# that change under it (a property, a __setattr__, a method added later):
# what each read, call and store finds must stay what Python says.
class A:
    def __init__(self):
        self.x = 1

    def m(self):
        return "A.m"


class B:
    def __init__(self):
        self.x = 2

    @property
    def y(self):
        return "B.y property"

    def m(self):
        return "B.m"


def read(o):
    return o.x


def call(o):
    return o.m()


def store(o, v):
    o.x = v
    return o.x


objs = [A(), B(), A(), B()]
print([read(o) for o in objs], [call(o) for o in objs])
print([store(o, i) for i, o in enumerate(objs)])

b = B()
b.__dict__["y"] = "in the dict"
print(b.y)                       # the property wins over the instance dict
a = A()
a.m = lambda: "instance attribute"
print(call(a), call(A()))        # the instance's own attribute shadows the method

A.x = "class attribute"
a2 = A()
del a2.x
print(read(A()), read(a2))        # the instance dict, then the class
del A.x


def set_logged(self, name, value):
    print("setattr", name, value)
    object.__setattr__(self, name, value)


A.__setattr__ = set_logged       # a __setattr__ of the class's own, added later
print(store(A(), 5))
del A.__setattr__
print(store(A(), 6))

A.x = property(lambda self: "now a property")
try:
    print(read(objs[0]))
    store(objs[0], 7)
except AttributeError as e:
    print("AttributeError:", e)
del A.x
print(read(objs[0]))


def dunder(o):
    return o.__class__.__name__, type(o.__dict__).__name__


print(dunder(A()), dunder(B()))
A.m = lambda self: "A.m replaced"
print(call(objs[0]), call(objs[1]))
# expect: [1, 2, 1, 2] ['A.m', 'B.m', 'A.m', 'B.m']
# expect: [0, 1, 2, 3]
# expect: B.y property
# expect: instance attribute A.m
# expect: 1 class attribute
# expect: setattr x 1
# expect: setattr x 5
# expect: 5
# expect: 6
# expect: now a property
# expect: AttributeError: property of 'A' object has no setter
# expect: 0
# expect: ('A', 'dict') ('B', 'dict')
# expect: A.m replaced B.m
