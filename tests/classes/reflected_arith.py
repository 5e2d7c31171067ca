# __radd__ and __rmul__ are used when the left operand does not know the type.
class Money:
    def __init__(self, c):
        self.c = c
    def __add__(self, o):
        if isinstance(o, Money):
            return Money(self.c + o.c)
        if isinstance(o, int):
            return Money(self.c + o)
        return NotImplemented
    def __radd__(self, o):
        print("radd with", o)
        return self.__add__(o)
    def __rmul__(self, k):
        return Money(self.c * k)
    def __rsub__(self, o):
        return Money(o - self.c)
    def __repr__(self):
        return f"Money({self.c})"
print(Money(5) + Money(6))
print(1 + Money(2))
print(sum([Money(1), Money(2), Money(3)]))
print(3 * Money(4))
print(10 - Money(4))
try:
    Money(1) + "x"
except TypeError as e:
    print(e)

# expect: Money(11)
# expect: radd with 1
# expect: Money(3)
# expect: radd with 0
# expect: Money(6)
# expect: Money(12)
# expect: Money(6)
# expect: unsupported operand type(s) for +: 'Money' and 'str'
