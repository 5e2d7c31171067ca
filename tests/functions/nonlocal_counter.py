# nonlocal lets an inner function rebind an enclosing variable.
def counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc
c1 = counter()
c2 = counter()
print(c1(), c1(), c1(5), c2())
def outer():
    x = "outer"
    def inner():
        nonlocal x
        x = "changed"
    inner()
    return x
print(outer())

# expect: 1 2 7 1
# expect: changed
