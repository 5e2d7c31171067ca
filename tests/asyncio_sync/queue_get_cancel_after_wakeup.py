# A getter woken by put_nowait() but cancelled before it runs passes the item on to the next getter.
import asyncio

async def getter(name, q):
    try:
        item = await q.get()
        print(name, "got", item)
    except asyncio.CancelledError:
        print(name, "cancelled; queue size", q.qsize())
        raise

async def main():
    q = asyncio.Queue()
    a = asyncio.create_task(getter("a", q))
    b = asyncio.create_task(getter("b", q))
    await asyncio.sleep(0)
    q.put_nowait(1)
    a.cancel()
    await asyncio.gather(a, b, return_exceptions=True)
    print(q.qsize(), q.empty())

asyncio.run(main())

# expect: a cancelled; queue size 1
# expect: b got 1
# expect: 0 True
