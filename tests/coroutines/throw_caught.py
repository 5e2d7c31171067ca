# throw() raises the exception at the suspension point; the coroutine may catch it.
import asyncio
async def worker():
    try:
        print("waiting")
        await asyncio.sleep(0)
        print("not reached")
    except asyncio.CancelledError:
        print("caught CancelledError inside")
        return "cleaned up"
c = worker()
c.send(None)
try:
    c.throw(asyncio.CancelledError())
except StopIteration as e:
    print("returned", e.value)

# expect: waiting
# expect: caught CancelledError inside
# expect: returned cleaned up
