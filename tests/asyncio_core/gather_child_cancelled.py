# A child cancelled on its own: gather raises CancelledError.
import asyncio
async def child():
    await asyncio.sleep(10)
async def ok():
    await asyncio.sleep(0.05)
    return 1
async def main():
    a = asyncio.ensure_future(child())
    b = asyncio.ensure_future(ok())
    g = asyncio.gather(a, b)
    await asyncio.sleep(0)
    a.cancel()
    try:
        await g
    except asyncio.CancelledError as e:
        print("gather raised CancelledError", e.args)
    print(g.done(), g.cancelled())
    print(await b)
asyncio.run(main())

# expect: gather raised CancelledError ()
# expect: True False
# expect: 1
