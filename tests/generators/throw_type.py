# throw() with an exception class or instance, before start and after end.
def g():
    yield 1
    yield 2
it = g()
try:
    it.throw(RuntimeError)
except RuntimeError as e:
    print("before start:", repr(e))
print(next(it, "closed"))
it = g()
next(it); next(it)
try:
    next(it)
except StopIteration:
    print("done")
try:
    it.throw(ValueError("late"))
except ValueError as e:
    print("after end:", e)

# expect: before start: RuntimeError()
# expect: closed
# expect: done
# expect: after end: late
