# Condition.wait_for returns once the predicate is true and returns its value.
import asyncio

items = []

async def consumer(cond):
    async with cond:
        print("consumer checks")
        r = await cond.wait_for(lambda: len(items) >= 3 and items[:])
        print("consumer sees", r)

async def producer(cond):
    for i in range(4):
        await asyncio.sleep(0)
        async with cond:
            items.append(i)
            print("produced", i)
            cond.notify()

async def main():
    cond = asyncio.Condition()
    await asyncio.gather(consumer(cond), producer(cond))
    async with cond:
        print(await cond.wait_for(lambda: 42))

asyncio.run(main())

# expect: consumer checks
# expect: produced 0
# expect: produced 1
# expect: produced 2
# expect: consumer sees [0, 1, 2]
# expect: produced 3
# expect: 42
