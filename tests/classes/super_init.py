# super().__init__ chains constructors up the hierarchy.
class Base:
    def __init__(self, a):
        print("Base.__init__", a)
        self.a = a
class Mid(Base):
    def __init__(self, a, b):
        super().__init__(a)
        print("Mid.__init__", b)
        self.b = b
class Leaf(Mid):
    def __init__(self):
        super().__init__(1, 2)
        self.c = 3
x = Leaf()
print(x.a, x.b, x.c)

# expect: Base.__init__ 1
# expect: Mid.__init__ 2
# expect: 1 2 3
