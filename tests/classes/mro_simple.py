# __mro__ for single inheritance chains and attribute resolution along it.
class A:
    x = "A"
class B(A):
    pass
class C(B):
    x = "C"
class D(C):
    pass
print([k.__name__ for k in D.__mro__])
print(D.x, B.x, D.mro() == list(D.__mro__))

# expect: ['D', 'C', 'B', 'A', 'object']
# expect: C A True
