# type(x).__name__ and __qualname__ for built-ins and user classes.
class Outer:
    class Inner:
        def meth(self):
            pass
for v in [1, 1.5, "s", [], {}, (), None, True, Outer(), Outer.Inner()]:
    print(type(v).__name__)
print(Outer.Inner.__qualname__, Outer.Inner.__name__)
print(Outer.Inner.meth.__qualname__)
print(type(Outer), type(type))
print(Outer.__module__)

# expect: int
# expect: float
# expect: str
# expect: list
# expect: dict
# expect: tuple
# expect: NoneType
# expect: bool
# expect: Outer
# expect: Inner
# expect: Outer.Inner Inner
# expect: Outer.Inner.meth
# expect: <class 'type'> <class 'type'>
# expect: __main__
