# coroutine.__await__() returns an iterator a generator-based __await__ can yield from.
import asyncio
async def inner():
    await asyncio.sleep(0)
    return 7
class W:
    def __await__(self):
        r = yield from inner().__await__()
        return r + 1
async def main():
    print(await W())
    c = inner()
    w = c.__await__()
    print(type(w).__name__, iter(w) is w)
    w.close()
asyncio.run(main())
# expect: 8
# expect: coroutine_wrapper True
