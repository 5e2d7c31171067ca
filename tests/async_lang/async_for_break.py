# break and continue inside async for.
import asyncio
class Count:
    def __init__(self):
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        self.i += 1
        return self.i
async def main():
    async for i in Count():
        if i % 2:
            continue
        if i > 6:
            break
        print(i)
asyncio.run(main())

# expect: 2
# expect: 4
# expect: 6
