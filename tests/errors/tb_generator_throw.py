# A traceback for an exception thrown into a generator and not handled.
def gen():
    yield 1
    yield 2
g = gen()
next(g)
g.throw(ValueError("injected"))

# expect runtime error: ValueError: injected
