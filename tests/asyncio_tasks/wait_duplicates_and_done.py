# wait: duplicates count once, and futures already done return at once
import asyncio

async def work(x):
    return x

async def main():
    t = asyncio.create_task(work(5))
    done, pending = await asyncio.wait([t, t, t])
    print(len(done), len(pending), done == {t})
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.set_result("ready")
    g = loop.create_future()
    g.cancel()
    done, pending = await asyncio.wait((f, g), timeout=0)
    print(len(done), len(pending), f.result(), g.cancelled())
    h = loop.create_future()
    done, pending = await asyncio.wait([h], timeout=0)
    print(len(done), len(pending))
    h.cancel()

asyncio.run(main())

# expect: 1 0 True
# expect: 2 0 ready True
# expect: 0 1
