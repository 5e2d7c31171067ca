# yield from delegates to a sub-iterator and returns its return value.
def inner():
    yield 1
    yield 2
    return "inner-done"
def outer():
    r = yield from inner()
    print("inner returned", r)
    yield from [10, 20]
    yield from "ab"
    return "outer-done"
g = outer()
print(list(g))
def collect():
    result = yield from outer()
    yield result
print(list(collect()))

# expect: inner returned inner-done
# expect: [1, 2, 10, 20, 'a', 'b']
# expect: inner returned inner-done
# expect: [1, 2, 10, 20, 'a', 'b', 'outer-done']
