# Helper module for tests/modules: geometry functions and a class.
PI = 3.14159
print("loading _geometry as", __name__)
def area(r):
    return PI * r * r
class Rect:
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
_private = "hidden"
if __name__ == "__main__":
    print("never printed on import")
