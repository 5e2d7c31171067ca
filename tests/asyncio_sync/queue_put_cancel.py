# A put() blocked on a full Queue and cancelled does not add its item; the free slot goes to the next putter.
import asyncio

async def putter(name, q, item):
    try:
        await q.put(item)
        print(name, "put", item)
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise

async def main():
    q = asyncio.Queue(1)
    q.put_nowait(0)
    a = asyncio.create_task(putter("a", q, 1))
    b = asyncio.create_task(putter("b", q, 2))
    await asyncio.sleep(0)
    print(str(q))
    print(q.get_nowait())
    a.cancel()
    await asyncio.gather(a, b, return_exceptions=True)
    print(str(q))

asyncio.run(main())

# expect: <Queue maxsize=1 _queue=[0] _putters[2] tasks=1>
# expect: 0
# expect: a cancelled
# expect: b put 2
# expect: <Queue maxsize=1 _queue=[2] tasks=2>
