# A generator is its own iterator.
def g():
    yield 1
it = g()
print(iter(it) is it, hasattr(it, "__next__"), hasattr(it, "send"))
print(type(it).__name__, g.__name__, it.__name__)

# expect: True True True
# expect: generator g g
