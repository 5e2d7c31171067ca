# wait: FIRST_EXCEPTION stops at the first failure, or waits for all when none fails
import asyncio

async def work(x, d, fail=False):
    await asyncio.sleep(d)
    if fail:
        raise ValueError(x)
    return x

async def main():
    a = asyncio.create_task(work("a", 0.01))
    b = asyncio.create_task(work("b", 0.15, fail=True))
    c = asyncio.create_task(work("c", 1))
    done, pending = await asyncio.wait([a, b, c], return_when=asyncio.FIRST_EXCEPTION)
    print(sorted(t.get_name() == b.get_name() for t in done))
    print(len(done), len(pending), pending == {c})
    print(repr(b.exception()))
    c.cancel()
    tasks = [asyncio.create_task(work(i, 0.01)) for i in range(3)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print(len(done), len(pending))

asyncio.run(main())

# expect: [False, True]
# expect: 2 1 True
# expect: ValueError('b')
# expect: 3 0
