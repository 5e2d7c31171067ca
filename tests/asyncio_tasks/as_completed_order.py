# as_completed: results come in the order the awaitables finish, not the order given
import asyncio

async def work(x, d):
    await asyncio.sleep(d)
    return x

async def main():
    aws = [work("third", 0.3), work("first", 0.01), work("second", 0.15)]
    it = asyncio.as_completed(aws)
    print(type(it).__name__)
    for i, f in enumerate(it):
        print(i, await f)
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.3, fut.set_result, "future")
    t = asyncio.create_task(work("task", 0.01))
    print([await f for f in asyncio.as_completed([fut, t])])

asyncio.run(main())

# expect: generator
# expect: 0 first
# expect: 1 second
# expect: 2 third
# expect: ['task', 'future']
