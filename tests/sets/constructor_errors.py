# Bad arguments to set() and frozenset().
for f in (lambda: set(1, 2), lambda: set(x=1), lambda: frozenset(1, 2), lambda: set(5)):
    try:
        f()
    except TypeError as e:
        print(e)
# expect: set expected at most 1 argument, got 2
# expect: set() takes no keyword arguments
# expect: frozenset expected at most 1 argument, got 2
# expect: 'int' object is not iterable
