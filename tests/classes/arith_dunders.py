# Arithmetic dunders on a 2-D vector.
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)
    def __floordiv__(self, k):
        return Vec(self.x // k, self.y // k)
    def __mod__(self, k):
        return Vec(self.x % k, self.y % k)
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __pos__(self):
        return self
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __pow__(self, n):
        return Vec(self.x ** n, self.y ** n)
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
a, b = Vec(1, 2), Vec(3, 4)
print(a + b, a - b, a * 3, b / 2, b // 2, b % 3)
print(-a, +a, abs(b), a ** 2)

# expect: Vec(4, 6) Vec(-2, -2) Vec(3, 6) Vec(1.5, 2.0) Vec(1, 2) Vec(0, 1)
# expect: Vec(-1, -2) Vec(1, 2) 5.0 Vec(1, 4)
