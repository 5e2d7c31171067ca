# Pending tasks referred to only by the loop (ready queue, timers, awaited futures, gather) stay alive and in all_tasks().
import asyncio

async def sleeper(n):
    await asyncio.sleep(0.01 * n)
    return n

async def spin():
    for i in range(50):
        await asyncio.sleep(0)
    return "spun"

async def waits_on(fut):
    return await fut

async def main():
    loop = asyncio.get_running_loop()
    for i in range(2):
        loop.create_task(sleeper(i))
    last = loop.create_future()
    loop.create_task(waits_on(last))
    loop.create_task(spin())
    fut = loop.create_future()
    loop.create_task(waits_on(fut))
    g = asyncio.gather(sleeper(1), spin())
    junk = [list(range(100)) for _ in range(200)]
    await asyncio.sleep(0)
    print("pending:", len(asyncio.all_tasks()))
    fut.set_result("fut")
    print(await g)
    others = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
    print("left:", len(others))
    last.set_result(2)
    print(sorted(map(str, await asyncio.gather(*others))))
    print("at end:", len(asyncio.all_tasks()))

asyncio.run(main())
