# getattr/setattr/hasattr/delattr with names computed at run time.
class C:
    pass
c = C()
for i, name in enumerate(["alpha", "beta"]):
    setattr(c, name, i)
print(c.alpha, c.beta, getattr(c, "beta"))
print(hasattr(c, "alpha"), hasattr(c, "gamma"))
print(getattr(c, "gamma", None))
delattr(c, "alpha")
print(hasattr(c, "alpha"), sorted(vars(c)))
try:
    getattr(c, "gamma")
except AttributeError as e:
    print(e)
setattr(C, "shared", 42)
print(c.shared, C().shared)

# expect: 0 1 1
# expect: True False
# expect: None
# expect: False ['beta']
# expect: 'C' object has no attribute 'gamma'
# expect: 42 42
