# The traceback of an exception thrown into a coroutine shows the suspension point.
# expect runtime error: RuntimeError: stop waiting
import asyncio
loop = asyncio.new_event_loop()
fut = loop.create_future()
async def waiter():
    await fut
c = waiter()
c.send(None)
c.throw(RuntimeError("stop waiting"))
