# A generator cannot be resumed from inside itself.
def g():
    yield next(me)
me = g()
try:
    next(me)
except ValueError as e:
    print(e)

# expect: generator already executing
