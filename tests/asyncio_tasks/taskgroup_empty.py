# TaskGroup: an empty group, and a group whose tasks finish in the body
import asyncio

async def work():
    return "w"

async def main():
    async with asyncio.TaskGroup():
        print("empty body")
    async with asyncio.TaskGroup() as tg:
        t = tg.create_task(work())
        print(await t)
    print("done", t.result())

asyncio.run(main())

# expect: empty body
# expect: w
# expect: done w
