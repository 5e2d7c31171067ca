# A generator object's repr and its name/qualname attributes.
# normalize-addresses
def outer():
    def inner():
        yield
    return inner()
g = outer()
print(g)
print(g.__name__, g.__qualname__)
g.close()

# expect: <generator object outer.<locals>.inner at 0x7fbb73378880>
# expect: inner outer.<locals>.inner
