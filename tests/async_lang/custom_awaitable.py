# A custom awaitable whose __await__ returns a generator.
import asyncio
class Ready:
    def __init__(self, value):
        self.value = value
    def __await__(self):
        print("awaiting", self.value)
        yield from asyncio.sleep(0).__await__()
        return self.value * 2
async def main():
    a = await Ready(5)
    b = await Ready("x")
    print(a, b)
asyncio.run(main())

# expect: awaiting 5
# expect: awaiting x
# expect: 10 xx
