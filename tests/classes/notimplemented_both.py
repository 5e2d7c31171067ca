# When both sides return NotImplemented, TypeError names the operand types.
class A:
    def __add__(self, o):
        return NotImplemented
class B:
    def __radd__(self, o):
        return NotImplemented
try:
    A() + B()
except TypeError as e:
    print(e)
try:
    A() * 2
except TypeError as e:
    print(e)
try:
    -A()
except TypeError as e:
    print(e)

# expect: unsupported operand type(s) for +: 'A' and 'B'
# expect: unsupported operand type(s) for *: 'A' and 'int'
# expect: bad operand type for unary -: 'A'
