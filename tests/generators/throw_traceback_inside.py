# throw() inside a try/finally in a generator runs the finally, then the error escapes.
def g():
    try:
        yield 1
    finally:
        print("finally in generator")
it = g()
next(it)
try:
    it.throw(KeyError("x"))
except KeyError as e:
    print("escaped", repr(e))
print(it.gi_frame is None)

# expect: finally in generator
# expect: escaped KeyError('x')
# expect: True
