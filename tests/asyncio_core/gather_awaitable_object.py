# gather accepts objects with __await__.
import asyncio
class Aw:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        yield from asyncio.sleep(0).__await__()
        return self.v
async def main():
    print(await asyncio.gather(Aw(1), Aw(2)))
asyncio.run(main())

# expect: [1, 2]
