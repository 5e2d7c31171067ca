# sleep(0) yields to the loop once, so ready tasks take turns.
import asyncio
async def worker(name, n):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(0)
    print(name, "done")
async def main():
    a = asyncio.create_task(worker("A", 3))
    b = asyncio.create_task(worker("B", 2))
    await a
    await b
asyncio.run(main())

# expect: A 0
# expect: B 0
# expect: A 1
# expect: B 1
# expect: A 2
# expect: B done
# expect: A done
