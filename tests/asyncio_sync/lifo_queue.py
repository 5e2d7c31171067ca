# LifoQueue hands out the most recently added item first.
# normalize-addresses
import asyncio

async def main():
    q = asyncio.LifoQueue()
    for x in range(5):
        await q.put(x)
    print(q)
    print(repr(q))
    print([q.get_nowait() for _ in range(3)])
    q.put_nowait("top")
    print(await q.get(), await q.get())
    print(q.qsize(), isinstance(q, asyncio.Queue), type(q))

asyncio.run(main())

# expect: <LifoQueue maxsize=0 _queue=[0, 1, 2, 3, 4] tasks=5>
# expect: <LifoQueue at 0x... maxsize=0 _queue=[0, 1, 2, 3, 4] tasks=5>
# expect: [4, 3, 2]
# expect: top 1
# expect: 1 True <class 'asyncio.queues.LifoQueue'>
