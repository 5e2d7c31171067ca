# An async generator function used with async for.
import asyncio
async def countdown(n):
    while n > 0:
        await asyncio.sleep(0)
        yield n
        n -= 1
async def main():
    async for v in countdown(3):
        print(v)
    print([v * 10 async for v in countdown(2)])
    g = countdown(5)
    print(await g.__anext__(), await g.__anext__())
    await g.aclose()
asyncio.run(main())

# expect: 3
# expect: 2
# expect: 1
# expect: [20, 10]
# expect: 5 4
