# wait: the timeout returns the pending futures without raising and without cancelling them
import asyncio

async def work(x, d):
    await asyncio.sleep(d)
    return x

async def main():
    quick = asyncio.create_task(work("quick", 0.01))
    late = asyncio.create_task(work("late", 0.3))
    done, pending = await asyncio.wait([quick, late], timeout=0.1)
    print([t.result() for t in done], pending == {late})
    print(late.cancelled(), late.done())
    print(await late)
    done, pending = await asyncio.wait([asyncio.create_task(work(1, 0))], timeout=1)
    print(len(done), len(pending))

asyncio.run(main())

# expect: ['quick'] True
# expect: False False
# expect: late
# expect: 1 0
