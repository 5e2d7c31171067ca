# Rich comparisons written by hand allow sorting, min and max.
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __eq__(self, o):
        return self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __le__(self, o):
        return self < o or self == o
    def __gt__(self, o):
        return o < self
    def __ge__(self, o):
        return not self < o
    def __repr__(self):
        return ".".join(map(str, self.parts))
vs = [Version(s) for s in ["1.10", "1.2", "1.2.1", "0.9"]]
print(sorted(vs))
print(max(vs), min(vs))
a, b = Version("1.2"), Version("1.10")
print(a < b, a <= b, a > b, a >= b, a == Version("1.2"))

# expect: [0.9, 1.2, 1.2.1, 1.10]
# expect: 1.10 0.9
# expect: True True False False True
