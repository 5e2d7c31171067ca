# The class body runs once, top to bottom, and its names become attributes.
print("before")
class C:
    print("in body")
    x = 10
    y = x * 2
    def get(self):
        return self.y
    names = [n for n in ("a", "b")]
print("after")
print(C.x, C.y, C().get(), C.names)

# expect: before
# expect: in body
# expect: after
# expect: 10 20 20 ['a', 'b']
