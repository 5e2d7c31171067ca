# Operations keep the left operand's type.
f = frozenset([1, 2, 3])
s = {3, 4}
print(f | s, s | f)
print(f & s, s & f)
print(f - s, s - f)
print(type(f ^ s).__name__, type(s ^ f).__name__)
g = f
g |= {9}
print(g, f, g is f)
# expect: frozenset({1, 2, 3, 4}) {1, 2, 3, 4}
# expect: frozenset({3}) {3}
# expect: frozenset({1, 2}) {4}
# expect: frozenset set
# expect: frozenset({1, 2, 3, 9}) frozenset({1, 2, 3}) False
