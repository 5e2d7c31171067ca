# __slots__ restricts attributes and removes __dict__.
# skip: __slots__ is not supported yet (docs/language.md)
class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
p = P(1, 2)
print(p.x + p.y, hasattr(p, "__dict__"))
try:
    p.z = 3
except AttributeError as e:
    print(e)

# expect: 3 False
# expect: 'P' object has no attribute 'z'
