# AttributeError "Did you mean": the names dir(obj) would list; .name and .obj are set by the failing lookup.
class Point:
    def __init__(self):
        self.xcoord = 1
    def norm(self):
        return 0
try:
    [].apend(1)
except AttributeError as e:
    print(e.name, e.obj)
e = AttributeError("msg")
print(e.name, e.obj)
for obj, name in [("abc", "uper"), ((1, 2), "cont"), (Point(), "nrom"), (Point, "nrom"), (5, "bit_lenght")]:
    try:
        getattr(obj, name)
    except AttributeError as e:
        print(e, "|", e.name)
Point().xcord

# expect runtime error: AttributeError: 'Point' object has no attribute 'xcord'. Did you mean: 'xcoord'?
# expect: apend []
# expect: None None
# expect: 'str' object has no attribute 'uper' | uper
# expect: 'tuple' object has no attribute 'cont' | cont
# expect: 'Point' object has no attribute 'nrom' | nrom
# expect: type object 'Point' has no attribute 'nrom' | nrom
# expect: 'int' object has no attribute 'bit_lenght' | bit_lenght
