# Unpacking the wrong number of values.
def show(f):
    try:
        f()
    except ValueError as e:
        print(e)
def two(xs):
    a, b = xs
def star(xs):
    a, b, *c = xs
show(lambda: two([1, 2, 3]))
show(lambda: two([1]))
show(lambda: star([1]))
try:
    a, b = 5
except TypeError as e:
    print(e)

# expect: too many values to unpack (expected 2)
# expect: not enough values to unpack (expected 2, got 1)
# expect: not enough values to unpack (expected at least 2, got 1)
# expect: cannot unpack non-iterable int object
