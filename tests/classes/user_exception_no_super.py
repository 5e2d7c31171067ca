# An exception __init__ that does not call super() still records the args.
class E(Exception):
    def __init__(self, a, b):
        self.total = a + b
e = E(1, 2)
print(e.args, e.total, str(e))
class F(Exception):
    pass
print(F().args, repr(F()), str(F()) == "")
print(repr(F("x", 1)), str(F("x", 1)), str(F("only")))

# expect: (1, 2) 3 (1, 2)
# expect: () F() True
# expect: F('x', 1) ('x', 1) only
