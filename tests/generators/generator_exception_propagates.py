# An exception inside a generator propagates to the caller of next and ends it.
def g():
    yield 1
    1 / 0
    yield 2
it = g()
print(next(it))
try:
    next(it)
except ZeroDivisionError as e:
    print("caught", e)
print(next(it, "finished"))

# expect: 1
# expect: caught division by zero
# expect: finished
