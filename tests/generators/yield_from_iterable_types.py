# yield from works with any iterable: range, dict, tuple, generator expression.
def g():
    yield from range(3)
    yield from {"x": 1, "y": 2}
    yield from (c.upper() for c in "hi")
    yield from ()
print(list(g()))

# expect: [0, 1, 2, 'x', 'y', 'H', 'I']
