# Calling a function containing yield returns a generator, not its body result.
def g():
    print("started")
    yield 1
def f():
    return 1
r = g()
print(type(r).__name__, type(f()).__name__)
print(next(r))

# expect: generator int
# expect: started
# expect: 1
