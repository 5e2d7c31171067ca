# A read-only @property computed from other attributes.
class Circle:
    def __init__(self, r):
        self.r = r
    @property
    def diameter(self):
        return 2 * self.r
c = Circle(5)
print(c.diameter)
c.r = 7
print(c.diameter)
try:
    c.diameter = 3
except AttributeError as e:
    print("AttributeError:", e)

# expect: 10
# expect: 14
# expect: AttributeError: property 'diameter' of 'Circle' object has no setter
