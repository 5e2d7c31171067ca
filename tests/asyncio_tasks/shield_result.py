# shield: passes the result through; an already done future is returned itself
import asyncio

async def work(x):
    await asyncio.sleep(0.01)
    return x

async def main():
    print(await asyncio.shield(work("through")))
    t = asyncio.create_task(work("task"))
    s = asyncio.shield(t)
    print(s is t, isinstance(s, asyncio.Future))
    print(await s)
    print(asyncio.shield(t) is t)
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.set_result(7)
    print(asyncio.shield(f) is f, await asyncio.shield(f))

asyncio.run(main())

# expect: through
# expect: False True
# expect: task
# expect: True
# expect: True 7
