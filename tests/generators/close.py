# close() raises GeneratorExit inside; finally blocks run.
def g():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
it = g()
print(next(it))
it.close()
print(next(it, "closed"))
it.close()
def h():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        raise
x = h()
next(x)
x.close()
print(g().close())

# expect: 1
# expect: cleanup
# expect: closed
# expect: got GeneratorExit
# expect: None
