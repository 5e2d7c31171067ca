# sort() and sorted() call key on every item before comparing anything: even
# a list of one item has its key computed, and an error in it propagates.
calls = []


def key(x):
    calls.append(x)
    return -x


print(sorted([3], key=key), calls)
xs = [4]
xs.sort(key=key, reverse=True)
print(xs, calls)
print(sorted([], key=key), calls)


def bad(x):
    raise ValueError("bad key for %r" % (x,))


for f in (lambda: sorted([1], key=bad), lambda: [2].sort(key=bad), lambda: sorted((5,), key=len)):
    try:
        f()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
# expect: [3] [3]
# expect: [4] [3, 4]
# expect: [] [3, 4]
# expect: ValueError bad key for 1
# expect: ValueError bad key for 2
# expect: TypeError object of type 'int' has no len()
