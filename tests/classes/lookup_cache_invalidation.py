# Method and attribute lookups see every change to a class or its bases at once (the lookup cache is only a shortcut).
class Base:
    def who(self):
        return "base"
    kind = "b"

class Child(Base):
    pass

c = Child()
for _ in range(3):
    print(c.who(), c.kind)
Base.who = lambda self: "patched"
print(c.who())
Child.who = lambda self: "child"
print(c.who())
del Child.who
print(c.who())
del Base.kind
try:
    c.kind
except AttributeError as e:
    print(e)
Base.kind = "again"
print(c.kind, Child.kind)
c.kind = "own"
print(c.kind)
del c.kind
print(c.kind)

class P:
    @property
    def v(self):
        return 1
p = P()
p.__dict__["v"] = 2
print(p.v)
P.v = 3
print(p.v)

def make(n):
    class K:
        def f(self):
            return n
    return K()
print([make(i).f() for i in range(4)])
setattr(Child, "extra", 42)
print(c.extra, getattr(c, "missing", "none"))
# expect: base b
# expect: base b
# expect: base b
# expect: patched
# expect: child
# expect: patched
# expect: 'Child' object has no attribute 'kind'
# expect: again again
# expect: own
# expect: again
# expect: 1
# expect: 2
# expect: [0, 1, 2, 3]
# expect: 42 none
