# A task cancelled in Condition.wait() re-acquires the lock before CancelledError leaves wait().
import asyncio

async def waiter(cond):
    async with cond:
        try:
            await cond.wait()
        except asyncio.CancelledError:
            print("cancelled; holding lock:", cond.locked())
            raise
    print("not reached")

async def main():
    cond = asyncio.Condition()
    t = asyncio.create_task(waiter(cond))
    await asyncio.sleep(0)
    async with cond:
        t.cancel()
        await asyncio.sleep(0)
        print("main still holds the lock; task done:", t.done())
    try:
        await t
    except asyncio.CancelledError:
        print("task cancelled:", t.cancelled())
    print(cond.locked())

asyncio.run(main())

# expect: main still holds the lock; task done: False
# expect: cancelled; holding lock: True
# expect: task cancelled: True
# expect: False
