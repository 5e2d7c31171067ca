# A property learns its name when the class body that holds it is made
# (property.__set_name__): the setter/deleter errors name it then, and only
# then -- not for a property set on the class later, and not by the name
# it is found under.
class A:
    p = property(lambda self: 1)

    @property
    def r(self):
        return 3

    @r.setter
    def r(self, v):
        pass


A.q = property(lambda self: 2)
A.alias = A.p


class B:
    pass


B.s = property(lambda self: 4)
for o, n in ((A(), "p"), (A(), "q"), (A(), "alias"), (B(), "s"), (A(), "r")):
    try:
        setattr(o, n, 0)
        print("set", n)
    except AttributeError as e:
        print(e)
    try:
        delattr(o, n)
    except AttributeError as e:
        print(e)
# expect: property 'p' of 'A' object has no setter
# expect: property 'p' of 'A' object has no deleter
# expect: property of 'A' object has no setter
# expect: property of 'A' object has no deleter
# expect: property 'p' of 'A' object has no setter
# expect: property 'p' of 'A' object has no deleter
# expect: property of 'B' object has no setter
# expect: property of 'B' object has no deleter
# expect: set r
# expect: property 'r' of 'A' object has no deleter
