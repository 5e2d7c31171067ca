# wait_for: cancelling the waiting task cancels the inner one too, and CancelledError propagates
import asyncio

async def inner():
    try:
        await asyncio.sleep(1)
    finally:
        print("inner: finally")

async def outer(box):
    t = asyncio.create_task(inner())
    box.append(t)
    try:
        await asyncio.wait_for(t, 0.5)
    except asyncio.CancelledError:
        print("outer: CancelledError, inner cancelled:", t.cancelled())
        raise

async def main():
    box = []
    o = asyncio.create_task(outer(box))
    await asyncio.sleep(0.01)
    o.cancel()
    try:
        await o
    except asyncio.CancelledError:
        print("main: outer cancelled", o.cancelled())
    print(box[0].cancelled())

asyncio.run(main())

# expect: inner: finally
# expect: outer: CancelledError, inner cancelled: True
# expect: main: outer cancelled True
# expect: True
