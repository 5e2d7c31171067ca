# wait: ALL_COMPLETED (the default) returns every future in done and an empty pending set
import asyncio

async def work(x, d):
    await asyncio.sleep(d)
    return x

async def main():
    tasks = [asyncio.create_task(work(i, 0.01 * i)) for i in range(4)]
    done, pending = await asyncio.wait(tasks)
    print(type(done).__name__, type(pending).__name__)
    print(len(done), len(pending))
    print(sorted(t.result() for t in done))
    print(asyncio.ALL_COMPLETED, asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION)
    done, pending = await asyncio.wait(tasks, return_when=asyncio.ALL_COMPLETED)
    print(len(done), pending)

asyncio.run(main())

# expect: set set
# expect: 4 0
# expect: [0, 1, 2, 3]
# expect: ALL_COMPLETED FIRST_COMPLETED FIRST_EXCEPTION
# expect: 4 set()
