# __eq__ defines ==, and != is derived from it when __ne__ is absent.
class P:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        if not isinstance(other, P):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)
a, b, c = P(1, 2), P(1, 2), P(2, 1)
print(a == b, a == c, a != b, a != c)
print(a is b, a == 5, 5 == a, a != "x")
print(a in [c, b], [a, c].index(b), [a, b, c].count(P(1, 2)))

# expect: True False False True
# expect: False False False True
# expect: True 0 2
