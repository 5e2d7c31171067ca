# asyncio.sleep returns its result argument; sleep(0) yields once.
import asyncio
async def main():
    print(await asyncio.sleep(0, "zero"))
    print(await asyncio.sleep(0.05, result=[1]))
    print(await asyncio.sleep(-1, "neg"))
asyncio.run(main())

# expect: zero
# expect: [1]
# expect: neg
