# A class with __init__ storing attributes, and a method reading them.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x * self.x + self.y * self.y
p = Point(3, 4)
print(p.x, p.y, p.norm2())
p.x = 10
print(p.x, p.norm2())
q = Point(y=1, x=2)
print(q.x, q.y)

# expect: 3 4 25
# expect: 10 116
# expect: 2 1
