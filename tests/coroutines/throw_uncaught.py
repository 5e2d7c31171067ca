# An exception thrown in and not caught comes back out of throw().
import asyncio
async def fragile():
    try:
        await asyncio.sleep(0)
    finally:
        print("finally inside the coroutine")
c = fragile()
c.send(None)
try:
    c.throw(KeyError("boom"))
except KeyError as e:
    print("came back out:", repr(e))
try:
    c.send(None)
except RuntimeError as e:
    print(e)

# expect: finally inside the coroutine
# expect: came back out: KeyError('boom')
# expect: cannot reuse already awaited coroutine
