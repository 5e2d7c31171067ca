# ensure_future on an awaitable object: the task's coroutine is _wrap_awaitable.
import asyncio
class Aw:
    def __await__(self):
        return (yield from asyncio.sleep(0, "x").__await__())
async def main():
    t = asyncio.ensure_future(Aw())
    print(t.get_coro().__name__ if hasattr(t.get_coro(), "__name__") else t.get_coro())
    print(await t)
asyncio.run(main())

# expect: _wrap_awaitable
# expect: x
