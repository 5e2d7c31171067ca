# Awaiting a Future yields the Future itself to the driver; its result comes back in.
import asyncio
loop = asyncio.new_event_loop()
fut = loop.create_future()
async def inner():
    value = await fut
    print("inner got", value)
    return value * 2
async def outer():
    return await inner() + 1
c = outer()
yielded = c.send(None)
print(yielded is fut, fut.done())
fut.set_result(20)
print(fut.done(), fut.result())
try:
    c.send(None)
except StopIteration as e:
    print("result", e.value)
loop.close()

# expect: True False
# expect: True 20
# expect: inner got 20
# expect: result 41
