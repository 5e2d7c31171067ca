# super().method() calls the parent's version and extends its result.
class Shape:
    def describe(self):
        return "shape"
    def area(self):
        return 0
class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def describe(self):
        return "rect/" + super().describe()
    def area(self):
        return self.w * self.h + super().area()
class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
    def describe(self):
        return "square/" + super().describe()
print(Square(3).describe(), Square(3).area())
print(Rect(2, 5).describe(), Rect(2, 5).area())

# expect: square/rect/shape 9
# expect: rect/shape 10
