# The first send into a coroutine must be None.
async def f():
    return 1
c = f()
try:
    c.send(5)
except TypeError as e:
    print(e)
try:
    c.send(None)
except StopIteration as e:
    print("still usable:", e.value)

# expect: can't send non-None value to a just-started coroutine
# expect: still usable: 1
