# async for with a class defining __aiter__ and __anext__.
import asyncio
class Ticker:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        await asyncio.sleep(0)
        self.i += 1
        return self.i
async def main():
    async for t in Ticker(3):
        print("tick", t)
    print([x async for x in Ticker(4)])
    async for t in Ticker(0):
        print("never")
    else:
        print("else after async for")
asyncio.run(main())

# expect: tick 1
# expect: tick 2
# expect: tick 3
# expect: [1, 2, 3, 4]
# expect: else after async for
