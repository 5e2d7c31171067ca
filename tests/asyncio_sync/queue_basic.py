# Queue basics: put_nowait/get_nowait in FIFO order, qsize, empty, full, maxsize.
import asyncio

async def main():
    q = asyncio.Queue()
    print(q.maxsize, q.qsize(), q.empty(), q.full())
    for x in ("a", "b", "c"):
        q.put_nowait(x)
    print(q.qsize(), q.empty(), q.full())
    print(q.get_nowait(), await q.get(), q.get_nowait())
    print(q.qsize(), q.empty())
    q2 = asyncio.Queue(2)
    await q2.put(1)
    await q2.put(2)
    print(q2.maxsize, q2.full(), q2.qsize())
    q3 = asyncio.Queue(maxsize=-1)
    for i in range(5):
        q3.put_nowait(i)
    print(q3.full(), q3.qsize())

asyncio.run(main())

# expect: 0 0 True False
# expect: 3 False False
# expect: a b c
# expect: 0 True
# expect: 2 True 2
# expect: False 5
