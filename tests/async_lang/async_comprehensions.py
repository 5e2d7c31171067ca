# await inside comprehensions within a coroutine.
import asyncio
async def square(x):
    await asyncio.sleep(0)
    return x * x
async def main():
    print([await square(i) for i in range(4)])
    print({i: await square(i) for i in range(3)})
    print([await square(i) for i in range(6) if i % 2])
asyncio.run(main())

# expect: [0, 1, 4, 9]
# expect: {0: 0, 1: 1, 2: 4}
# expect: [1, 9, 25]
