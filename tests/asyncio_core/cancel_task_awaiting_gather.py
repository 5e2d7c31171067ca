# Cancelling a task that awaits gather cancels the gather and its children.
import asyncio
async def child(n):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("child", n, "cancelled")
        raise
async def parent():
    try:
        await asyncio.gather(child(1), child(2))
    except asyncio.CancelledError:
        print("parent cancelled")
        raise
async def main():
    t = asyncio.create_task(parent())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("main: parent is cancelled", t.cancelled())
asyncio.run(main())

# expect: child 1 cancelled
# expect: child 2 cancelled
# expect: parent cancelled
# expect: main: parent is cancelled True
