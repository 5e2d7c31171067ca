# throw() is delegated through yield from to the inner generator.
def inner():
    try:
        yield "inner-1"
    except KeyError:
        print("inner caught KeyError")
        yield "inner-recovered"
    yield "inner-2"
def outer():
    try:
        yield from inner()
    except ValueError:
        print("outer caught ValueError")
        yield "outer-recovered"
g = outer()
print(next(g))
print(g.throw(KeyError("k")))
print(g.throw(ValueError("v")))
print(next(g, "end"))

# expect: inner-1
# expect: inner caught KeyError
# expect: inner-recovered
# expect: outer caught ValueError
# expect: outer-recovered
# expect: end
