# __setattr__ intercepts every assignment; object.__setattr__ stores it.
class Logged:
    def __setattr__(self, name, value):
        print(f"set {name} = {value!r}")
        object.__setattr__(self, name, value)
l = Logged()
l.a = 1
l.b = [l.a]
print(l.a, l.b)
class Frozen:
    def __init__(self, x):
        object.__setattr__(self, "x", x)
    def __setattr__(self, name, value):
        raise AttributeError(f"{name} is read-only")
f = Frozen(3)
print(f.x)
try:
    f.x = 4
except AttributeError as e:
    print(e)

# expect: set a = 1
# expect: set b = [1]
# expect: 1 [1]
# expect: 3
# expect: x is read-only
