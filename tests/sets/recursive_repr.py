# A set holding an object whose repr shows the set again.
class Box:
    def __init__(self):
        self.owner = None
    def __hash__(self):
        return 1
    def __repr__(self):
        return "Box(" + repr(self.owner) + ")"
b = Box()
s = {b}
b.owner = s
print(s)
# expect: {Box(set(...))}
