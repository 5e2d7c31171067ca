# iscoroutine, isfuture, iscoroutinefunction.
import asyncio
async def cf():
    pass
def plain():
    pass
async def main():
    co = cf()
    print(asyncio.iscoroutine(co), asyncio.iscoroutine(cf), asyncio.iscoroutine(42))
    print(asyncio.iscoroutinefunction(cf), asyncio.iscoroutinefunction(plain), asyncio.iscoroutinefunction(co))
    f = asyncio.get_running_loop().create_future()
    t = asyncio.create_task(co)
    print(asyncio.isfuture(f), asyncio.isfuture(t), asyncio.isfuture(co), asyncio.isfuture(asyncio.Future))
    print(isinstance(t, asyncio.Future), issubclass(asyncio.Task, asyncio.Future))
    await t
    f.cancel()
asyncio.run(main())

# expect: True False False
# expect: True False False
# expect: True True False False
# expect: True True
