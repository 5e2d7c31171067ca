# dir() of the scope, of classes (inherited names included), instances, modules, and __dir__.
class A:
    """doc"""
    x = 1
    def f(self): pass
class B(A):
    y = 2
    def __init__(self): self.z = 3
print(dir(A))
print(dir(B))
print(dir(B()))
def g():
    a = 1; b = 2
    print(dir())
g()
class C:
    def __dir__(self): return ["b", "a"]
    print(dir())
print(dir(C()))
import _geometry
print([n for n in dir(_geometry) if not n.startswith("__")])
# expect: ['__class__', '__delattr__', '__dict__', '__dir__', '__doc__', '__eq__', '__format__', '__ge__', '__getattribute__', '__getstate__', '__gt__', '__hash__', '__init__', '__init_subclass__', '__le__', '__lt__', '__module__', '__ne__', '__new__', '__reduce__', '__reduce_ex__', '__repr__', '__setattr__', '__sizeof__', '__str__', '__subclasshook__', '__weakref__', 'f', 'x']
# expect: ['__class__', '__delattr__', '__dict__', '__dir__', '__doc__', '__eq__', '__format__', '__ge__', '__getattribute__', '__getstate__', '__gt__', '__hash__', '__init__', '__init_subclass__', '__le__', '__lt__', '__module__', '__ne__', '__new__', '__reduce__', '__reduce_ex__', '__repr__', '__setattr__', '__sizeof__', '__str__', '__subclasshook__', '__weakref__', 'f', 'x', 'y']
# expect: ['__class__', '__delattr__', '__dict__', '__dir__', '__doc__', '__eq__', '__format__', '__ge__', '__getattribute__', '__getstate__', '__gt__', '__hash__', '__init__', '__init_subclass__', '__le__', '__lt__', '__module__', '__ne__', '__new__', '__reduce__', '__reduce_ex__', '__repr__', '__setattr__', '__sizeof__', '__str__', '__subclasshook__', '__weakref__', 'f', 'x', 'y', 'z']
# expect: ['a', 'b']
# expect: ['__dir__', '__module__', '__qualname__']
# expect: ['a', 'b']
# expect: loading _geometry as _geometry
# expect: ['PI', 'Rect', '_private', 'area']
