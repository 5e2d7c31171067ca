# PEP 479: StopIteration raised inside a generator becomes RuntimeError.
def g():
    yield 1
    raise StopIteration("inner")
it = g()
print(next(it))
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError:", e)
    print(type(e.__cause__).__name__, e.__cause__)
def h():
    it = iter([])
    yield next(it)
try:
    list(h())
except RuntimeError as e:
    print("RuntimeError:", e)

# expect: 1
# expect: RuntimeError: generator raised StopIteration
# expect: StopIteration inner
# expect: RuntimeError: generator raised StopIteration
