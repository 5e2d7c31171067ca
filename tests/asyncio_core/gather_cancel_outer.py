# Cancelling the gather future cancels its children.
import asyncio
async def child(n):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("child", n, "cancelled")
        raise
async def main():
    a = asyncio.ensure_future(child(1))
    b = asyncio.ensure_future(child(2))
    g = asyncio.gather(a, b)
    await asyncio.sleep(0)
    print(g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled")
    print(a.cancelled(), b.cancelled(), g.cancelled())
asyncio.run(main())

# expect: True
# expect: child 1 cancelled
# expect: child 2 cancelled
# expect: gather cancelled
# expect: True True False
