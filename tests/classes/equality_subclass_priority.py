# The reflected operator of a subclass is tried first.
class A:
    def __eq__(self, o):
        print("A.__eq__")
        return NotImplemented
class B(A):
    def __eq__(self, o):
        print("B.__eq__")
        return True
print(A() == B())
print(B() == A())
class X:
    def __add__(self, o):
        return "X.add"
class Y(X):
    def __radd__(self, o):
        return "Y.radd"
print(X() + Y(), Y() + X())

# expect: B.__eq__
# expect: True
# expect: B.__eq__
# expect: True
# expect: Y.radd X.add
