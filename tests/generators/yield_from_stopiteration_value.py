# yield from a generator whose return value is a tuple, and nested delegation.
def leaf(n):
    for i in range(n):
        yield i
    return n, n * n
def mid():
    a = yield from leaf(2)
    b = yield from leaf(3)
    return a + b
def top():
    r = yield from mid()
    print("top got", r)
print(list(top()))

# expect: top got (2, 4, 3, 9)
# expect: [0, 1, 0, 1, 2]
