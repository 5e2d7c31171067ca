# A traceback through an overridden method calling super().
class Base:
    def run(self, x):
        return 10 // x
class Child(Base):
    def run(self, x):
        return super().run(x - 1)
print(Child().run(3))
print(Child().run(1))

# expect runtime error: ZeroDivisionError: integer division or modulo by zero
# expect: 5
