# close() on the outer generator closes the inner one first.
def inner():
    try:
        yield 1
        yield 2
    finally:
        print("inner finally")
def outer():
    try:
        yield from inner()
    finally:
        print("outer finally")
g = outer()
print(next(g))
g.close()
print("closed")

# expect: 1
# expect: inner finally
# expect: outer finally
# expect: closed
