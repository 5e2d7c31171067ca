# A Queue that had to wait in one event loop cannot wait in another: RuntimeError names it.
import asyncio

q = asyncio.Queue()

async def first():
    t = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    q.put_nowait(1)
    print("first got", await t)

async def second():
    q.put_nowait(2)
    print("second got", await q.get())   # no waiting: fine
    await q.get()                         # must wait: wrong loop

asyncio.run(first())
asyncio.run(second())
# normalize-addresses

# expect: first got 1
# expect: second got 2
# expect runtime error: RuntimeError: <Queue at 0x... maxsize=0 tasks=2> is bound to a different event loop
