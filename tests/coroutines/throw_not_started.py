# Throwing into a coroutine that never started raises at once; the body never runs.
import asyncio
async def f():
    print("never printed")
c = f()
try:
    c.throw(asyncio.CancelledError())
except asyncio.CancelledError:
    print("raised immediately")
try:
    c.send(None)
except RuntimeError as e:
    print(e)

# expect: raised immediately
# expect: cannot reuse already awaited coroutine
