# ensure_future wraps a plain awaitable object in a task.
import asyncio
class Aw:
    def __await__(self):
        yield from asyncio.sleep(0).__await__()
        return "aw"
async def main():
    t = asyncio.ensure_future(Aw())
    print(type(t).__name__, await t)
asyncio.run(main())

# expect: Task aw
