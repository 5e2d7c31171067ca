# TaskGroup: a task cancelled on its own is not an error of the group
import asyncio

async def work(x, d):
    await asyncio.sleep(d)
    return x

async def main():
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(work("a", 1))
        b = tg.create_task(work("b", 0.02))
        await asyncio.sleep(0.01)
        a.cancel()
    print(a.cancelled(), b.result())

asyncio.run(main())

# expect: True b
