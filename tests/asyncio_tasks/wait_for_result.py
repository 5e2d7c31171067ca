# wait_for: results in time, with a coroutine, a task, a future, and timeout=None
import asyncio

async def work(x, delay):
    await asyncio.sleep(delay)
    return x * 2

async def main():
    print(await asyncio.wait_for(work(1, 0.01), 1))
    t = asyncio.create_task(work(2, 0.01))
    print(await asyncio.wait_for(t, 1), t.done())
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    loop.call_later(0.01, f.set_result, "from a future")
    print(await asyncio.wait_for(f, 1))
    print(await asyncio.wait_for(work(3, 0.01), None))
    print(await asyncio.wait_for(work(4, 0), timeout=0.5))

asyncio.run(main())

# expect: 2
# expect: 4 True
# expect: from a future
# expect: 6
# expect: 8
