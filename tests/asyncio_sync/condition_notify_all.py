# Condition.notify_all wakes every waiter; they re-acquire the lock one after another, in order.
import asyncio

async def waiter(name, cond):
    async with cond:
        await cond.wait()
        print(name, "has the lock again")
        await asyncio.sleep(0)
        print(name, "leaving")

async def main():
    cond = asyncio.Condition()
    ts = [asyncio.create_task(waiter(n, cond)) for n in "xyz"]
    await asyncio.sleep(0)
    async with cond:
        cond.notify_all()
        print("notified all")
    await asyncio.gather(*ts)

asyncio.run(main())

# expect: notified all
# expect: x has the lock again
# expect: x leaving
# expect: y has the lock again
# expect: y leaving
# expect: z has the lock again
# expect: z leaving
