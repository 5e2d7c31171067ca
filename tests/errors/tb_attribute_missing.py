# AttributeError on a user object in a traceback.
class Point:
    def __init__(self, x):
        self.x = x
p = Point(1)
print(p.x)
print(p.y)

# expect runtime error: AttributeError: 'Point' object has no attribute 'y'
# expect: 1
