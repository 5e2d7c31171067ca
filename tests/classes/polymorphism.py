# Polymorphic dispatch through a list of different subclasses.
class Shape:
    def area(self):
        raise NotImplementedError(type(self).__name__ + ".area")
    def __str__(self):
        return f"{type(self).__name__} with area {self.area()}"
class Sq(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
class Tri(Shape):
    def __init__(self, b, h):
        self.b, self.h = b, h
    def area(self):
        return self.b * self.h / 2
class Blob(Shape):
    pass
for s in [Sq(3), Tri(4, 5)]:
    print(s)
print(sum(s.area() for s in [Sq(1), Sq(2), Tri(2, 2)]))
try:
    print(Blob())
except NotImplementedError as e:
    print("NotImplementedError:", e)

# expect: Sq with area 9
# expect: Tri with area 10.0
# expect: 7.0
# expect: NotImplementedError: Blob.area
