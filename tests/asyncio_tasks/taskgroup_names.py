# TaskGroup.create_task: name= names the task; tasks made while exiting still join the group
import asyncio

async def work(x):
    await asyncio.sleep(0.01)
    return x

async def spawner(tg):
    await asyncio.sleep(0.01)
    t = tg.create_task(work("late child"), name="late")
    print("spawned", t.get_name())
    return await t

async def main():
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(work("a"), name="first")
        b = tg.create_task(spawner(tg), name="spawner")
        print(a.get_name(), b.get_name())
    print(a.result(), b.result())

asyncio.run(main())

# expect: first spawner
# expect: spawned late
# expect: a late child
