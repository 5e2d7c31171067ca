# UnboundLocalError after del of a local, and a caught instance.
def f():
    y = 1
    del y
    return y
try:
    f()
except UnboundLocalError as e:
    print(type(e).__name__, e, isinstance(e, NameError))
def g(flag):
    if flag:
        z = "set"
    return z
print(g(True))
g(False)

# expect runtime error: UnboundLocalError: cannot access local variable 'z' where it is not associated with a value
# expect: UnboundLocalError cannot access local variable 'y' where it is not associated with a value True
# expect: set
