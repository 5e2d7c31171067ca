# TaskGroup: the parent cancelled while __aexit__ waits for the tasks
import asyncio

async def child():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("child cancelled")
        raise

async def parent():
    async with asyncio.TaskGroup() as tg:
        t = tg.create_task(child())
    print("never")

async def main():
    p = asyncio.create_task(parent())
    await asyncio.sleep(0.01)
    print(p.cancel())
    try:
        await p
    except asyncio.CancelledError:
        print("parent cancelled", p.cancelled())

asyncio.run(main())

# expect: True
# expect: child cancelled
# expect: parent cancelled True
