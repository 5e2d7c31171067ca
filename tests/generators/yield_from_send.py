# send() passes through yield from to the inner generator.
def inner():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x
def outer():
    result = yield from inner()
    yield f"inner total {result}"
g = outer()
print(next(g))
print(g.send(5))
print(g.send(7))
print(g.send(None))

# expect: 0
# expect: 5
# expect: 12
# expect: inner total 12
