# A pipeline of async generators with awaits between the stages.
import asyncio

async def source(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i

async def squares(items):
    async for x in items:
        yield x * x

async def evens(items):
    async for x in items:
        if x % 2 == 0:
            yield x

async def main():
    total = 0
    async for v in evens(squares(source(10))):
        print("value", v)
        total += v
    print("total", total)
    print(sorted({x async for x in source(5)}))
    print({x: x * 2 async for x in source(3)})

asyncio.run(main())
# expect: value 0
# expect: value 4
# expect: value 16
# expect: value 36
# expect: value 64
# expect: total 120
# expect: [0, 1, 2, 3, 4]
# expect: {0: 0, 1: 2, 2: 4}
