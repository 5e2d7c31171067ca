# A get() cancelled while waiting leaves no trace; an item put later goes to the next getter.
import asyncio

async def getter(name, q):
    try:
        item = await q.get()
        print(name, "got", item)
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise

async def main():
    q = asyncio.Queue()
    a = asyncio.create_task(getter("a", q))
    b = asyncio.create_task(getter("b", q))
    await asyncio.sleep(0)
    print(q)
    a.cancel()
    await asyncio.sleep(0)
    print(q)
    q.put_nowait("x")
    await asyncio.gather(a, b, return_exceptions=True)
    print(q)

asyncio.run(main())

# expect: <Queue maxsize=0 _getters[2]>
# expect: a cancelled
# expect: <Queue maxsize=0 _getters[1]>
# expect: b got x
# expect: <Queue maxsize=0 tasks=1>
