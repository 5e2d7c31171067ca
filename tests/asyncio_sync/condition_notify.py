# Condition: wait() releases the lock; notify() wakes one waiter, which runs once the notifier releases.
import asyncio

async def consumer(name, cond):
    async with cond:
        print(name, "waiting")
        r = await cond.wait()
        print(name, "woke with", r, "locked:", cond.locked())

async def main():
    cond = asyncio.Condition()
    ts = [asyncio.create_task(consumer(n, cond)) for n in ("a", "b", "c")]
    await asyncio.sleep(0)
    async with cond:
        print("notify 1")
        cond.notify()
        print("still holding the lock")
    await asyncio.sleep(0)
    async with cond:
        print("notify 2")
        cond.notify(2)
    await asyncio.gather(*ts)
    print(cond.locked())

asyncio.run(main())

# expect: a waiting
# expect: b waiting
# expect: c waiting
# expect: notify 1
# expect: still holding the lock
# expect: a woke with True locked: True
# expect: notify 2
# expect: b woke with True locked: True
# expect: c woke with True locked: True
# expect: False
