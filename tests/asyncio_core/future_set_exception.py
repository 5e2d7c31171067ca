# set_exception with a class, an instance, StopIteration.
import asyncio
loop = asyncio.new_event_loop()
f = loop.create_future()
f.set_exception(ValueError)
e = f.exception()
print(type(e).__name__, repr(e))
try:
    f.result()
except ValueError as exc:
    print("result raised", repr(exc), exc is e)
g = loop.create_future()
try:
    g.set_exception(StopIteration("s"))
except TypeError as exc:
    print("TypeError:", exc)
print(g.done())
try:
    g.set_exception(42)
except TypeError as exc:
    print("TypeError:", exc)
loop.close()

# expect: ValueError ValueError()
# expect: result raised ValueError() True
# expect: TypeError: StopIteration interacts badly with generators and cannot be raised into a Future
# expect: False
# expect: TypeError: invalid exception object
