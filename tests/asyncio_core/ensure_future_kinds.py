# ensure_future on a coroutine, a future and a task.
import asyncio
async def c():
    return "c"
async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.ensure_future(c())
    print(type(t).__name__, await t)
    f = loop.create_future()
    print(asyncio.ensure_future(f) is f)
    print(asyncio.ensure_future(t) is t)
    f.cancel()
    try:
        asyncio.ensure_future(42)
    except TypeError as e:
        print("TypeError:", e)
asyncio.run(main())

# expect: Task c
# expect: True
# expect: True
# expect: TypeError: An asyncio.Future, a coroutine or an awaitable is required
