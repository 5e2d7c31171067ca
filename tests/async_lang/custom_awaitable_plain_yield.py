# __await__ as a generator that returns immediately without suspending.
import asyncio
class Instant:
    def __await__(self):
        return (yield from ())
class Value:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        if False:
            yield
        return self.v
async def main():
    print(await Instant(), await Value(42))
asyncio.run(main())

# expect: None 42
