# wait: a cancelled future is not an exception for FIRST_EXCEPTION
import asyncio

async def work(x, d):
    await asyncio.sleep(d)
    return x

async def main():
    a = asyncio.create_task(work("a", 1))
    b = asyncio.create_task(work("b", 0.3))
    asyncio.get_running_loop().call_later(0.01, a.cancel)
    done, pending = await asyncio.wait([a, b], return_when=asyncio.FIRST_EXCEPTION)
    print(len(done), len(pending), a.cancelled(), b.result())
    c = asyncio.create_task(work("c", 1))
    d = asyncio.create_task(work("d", 0.3))
    asyncio.get_running_loop().call_later(0.01, c.cancel)
    done, pending = await asyncio.wait([c, d], return_when=asyncio.FIRST_COMPLETED)
    print(len(done), len(pending), c in done, c.cancelled())
    await d

asyncio.run(main())

# expect: 2 0 True b
# expect: 1 1 True True
