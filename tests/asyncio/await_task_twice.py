# Unlike a coroutine, a task can be awaited many times; it runs once.
import asyncio
async def once():
    print("running once")
    return 5
async def main():
    t = asyncio.create_task(once())
    print(await t, await t, await t)
    print(await asyncio.gather(t, t))
asyncio.run(main())

# expect: running once
# expect: 5 5 5
# expect: [5, 5]
