# nonlocal binds to the nearest enclosing function that has the name.
def a():
    x = 1
    def b():
        x = 2
        def c():
            nonlocal x
            x += 10
            return x
        r = c()
        return r, x
    r = b()
    return r, x
print(a())

# expect: ((12, 12), 1)
