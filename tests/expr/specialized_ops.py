# The compiler gives BINARY_OP an opcode per operator (+ - * %) and fuses
# COMPARE_OP with the jump after it, and LOAD_FAST/STORE_FAST pairs: each
# keeps Python's semantics at the edges (overflow into big ints, the sign
# of %, floats, mixed and non-numeric operands, unbound locals).
def arith(a, b):
    return a + b, a - b, a * b


def rem(a, b):
    return a % b


big = 9223372036854775807
print(arith(big, 1))
print(arith(-big - 1, -1))
print(arith(3037000500, 3037000500))
print(arith(1.5, 2.25), arith(2, 0.5), arith(True, True))
print(arith("ab", "cd") if False else ("ab" + "cd", [1] + [2], [0] * 3, "x" * 2))
print(rem(7, 3), rem(-7, 3), rem(7, -3), rem(-7, -3), rem(0, 5))
print(rem(7.5, 2), rem(-7.5, 2), rem(-big - 1, 7), rem(big, big))
try:
    rem(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print("%s-%d" % ("a", 5))
x = 10
x += 5
x -= 20
x *= -3
x %= 4
print(x)
l = [1]
l += [2]
l *= 2
print(l)
s = "a"
s += "b"
print(s)


def count(n):
    i = 0
    total = 0
    while i < n:
        if i % 3 == 0:
            total += i
        elif i > 7:
            total -= 1
        i += 1
    return total


print(count(20), count(0))


def compare_mixed(a, b):
    out = []
    if a < b:
        out.append("lt")
    if a <= b:
        out.append("le")
    if a == b:
        out.append("eq")
    if a != b:
        out.append("ne")
    if not a > b:
        out.append("not gt")
    if a >= b:
        out.append("ge")
    return out


print(compare_mixed(1, 2), compare_mixed(2, 2.0), compare_mixed("b", "a"), compare_mixed(big + 1, big))
try:
    compare_mixed(1, "x")
except TypeError as e:
    print("TypeError:", e)


def unbound_second():
    a = 1
    if False:
        b = 2
    return a + b


def unbound_after_store(flag):
    c = 3
    if flag:
        d = 4
    return c, d


for f, args in ((unbound_second, ()), (unbound_after_store, (False,))):
    try:
        f(*args)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
print(unbound_after_store(True))


class P:
    def __init__(self):
        self.v = 7

    def get(self):
        return self.v


def attrs(p):
    return p.v, p.get()


print(attrs(P()))
try:
    attrs(3)
except AttributeError as e:
    print("AttributeError:", e)
# expect: (9223372036854775808, 9223372036854775806, 9223372036854775807)
# expect: (-9223372036854775809, -9223372036854775807, 9223372036854775808)
# expect: (6074001000, 0, 9223372037000250000)
# expect: (3.75, -0.75, 3.375) (2.5, 1.5, 1.0) (2, 0, 1)
# expect: ('abcd', [1, 2], [0, 0, 0], 'xx')
# expect: 1 2 -2 -1 0
# expect: 1.5 0.5 6 0
# expect: ZeroDivisionError: integer modulo by zero
# expect: a-5
# expect: 3
# expect: [1, 2, 1, 2]
# expect: ab
# expect: 55 0
# expect: ['lt', 'le', 'ne', 'not gt'] ['le', 'eq', 'not gt', 'ge'] ['ne', 'ge'] ['ne', 'ge']
# expect: TypeError: '<' not supported between instances of 'int' and 'str'
# expect: UnboundLocalError: cannot access local variable 'b' where it is not associated with a value
# expect: UnboundLocalError: cannot access local variable 'd' where it is not associated with a value
# expect: (3, 4)
# expect: (7, 7)
# expect: AttributeError: 'int' object has no attribute 'v'
