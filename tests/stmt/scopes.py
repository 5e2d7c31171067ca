# Local names shadow globals; parameters are locals; functions see globals at call time.
x = "global"
def f():
    x = "local"
    return x
def g():
    return x
def h(x):
    return x
print(f(), g(), h("param"), x)
x = "changed"
print(g())
def outer():
    y = "enclosing"
    def inner():
        return y
    return inner()
print(outer())

# expect: local global param global
# expect: changed
# expect: enclosing
