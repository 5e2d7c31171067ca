# TaskGroup: cancelling the parent task cancels the tasks and propagates CancelledError
import asyncio

finished = []

async def child(i):
    try:
        await asyncio.sleep(1)
    finally:
        finished.append(i)      # the group cancels its tasks in set order

async def parent():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child(1))
            tg.create_task(child(2))
            print("parent: waiting in the body")
        print("never")
    except asyncio.CancelledError:
        print("parent: CancelledError")
        raise

async def main():
    p = asyncio.create_task(parent())
    await asyncio.sleep(0.01)
    p.cancel()
    try:
        await p
    except asyncio.CancelledError:
        print("main: parent cancelled", p.cancelled())
    print("children finished:", sorted(finished))

asyncio.run(main())

# expect: parent: waiting in the body
# expect: parent: CancelledError
# expect: main: parent cancelled True
# expect: children finished: [1, 2]
