# throw() raises an exception at the paused yield; the generator can handle it.
def g():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("caught", e)
            yield "recovered"
it = g()
print(next(it))
print(it.throw(ValueError("bad")))
print(next(it))
try:
    it.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
print(next(it, "exhausted"))

# expect: ready
# expect: caught bad
# expect: recovered
# expect: ready
# expect: propagated KeyError('k')
# expect: exhausted
