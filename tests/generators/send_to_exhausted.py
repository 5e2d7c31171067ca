# send() on an exhausted generator raises StopIteration again.
def g():
    yield 1
it = g()
next(it)
for _ in range(2):
    try:
        it.send("x")
    except StopIteration as e:
        print("StopIteration", e.value)

# expect: StopIteration None
# expect: StopIteration None
