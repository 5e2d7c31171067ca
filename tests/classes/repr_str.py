# __repr__ and __str__: print uses str, containers use repr, f-string !r.
class V:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f"V({self.x!r})"
    def __str__(self):
        return f"<{self.x}>"
v = V("a")
print(v)
print(repr(v), str(v))
print([v, V(2)])
print(f"{v} {v!r} {v!s}")
print((v,), {"k": v})
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"
print(OnlyRepr(), str(OnlyRepr()))

# expect: <a>
# expect: V('a') <a>
# expect: [V('a'), V(2)]
# expect: <a> V('a') <a>
# expect: (V('a'),) {'k': V('a')}
# expect: OnlyRepr() OnlyRepr()
