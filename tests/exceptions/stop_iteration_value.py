# StopIteration carries a value; it is None when not given.
print(StopIteration(5).value, StopIteration().value, StopIteration(1, 2).value)
try:
    raise StopIteration("done")
except StopIteration as e:
    print(e.value, e.args, repr(e))
async def coro():
    return "result"
c = coro()
try:
    c.send(None)
except StopIteration as e:
    print("coroutine returned", e.value)

# expect: 5 None 1
# expect: done ('done',) StopIteration('done')
# expect: coroutine returned result
