# Sorting a list of objects by attribute and by a tuple key.
class S:
    def __init__(self, name, grade, age):
        self.name, self.grade, self.age = name, grade, age
    def __repr__(self):
        return self.name
ss = [S("a", 90, 20), S("b", 85, 22), S("c", 90, 19), S("d", 70, 20)]
print(sorted(ss, key=lambda s: s.grade))
print(sorted(ss, key=lambda s: (-s.grade, s.age)))
print(max(ss, key=lambda s: s.age), min(ss, key=lambda s: (s.grade, s.name)))

# expect: [d, b, a, c]
# expect: [c, a, b, d]
# expect: b d
