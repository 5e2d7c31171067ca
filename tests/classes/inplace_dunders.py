# __iadd__ mutates in place; without it += falls back to __add__.
class Box:
    def __init__(self, items):
        self.items = list(items)
    def __iadd__(self, o):
        self.items.extend(o)
        return self
    def __repr__(self):
        return f"Box({self.items})"
class Num:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return Num(self.v + o)
b = Box([1])
alias = b
b += [2, 3]
print(b, alias, b is alias)
n = Num(1)
m = n
n += 5
print(n.v, m.v, n is m)

# expect: Box([1, 2, 3]) Box([1, 2, 3]) True
# expect: 6 1 False
