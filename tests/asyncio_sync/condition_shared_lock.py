# A Condition built on an existing Lock shares its state; repr shows locked/unlocked and waiters.
# normalize-addresses
import asyncio

async def main():
    lock = asyncio.Lock()
    cond = asyncio.Condition(lock)
    print(cond)
    async with lock:
        print(cond.locked(), cond)
    t = asyncio.create_task(cond.acquire())
    await t
    print(lock.locked())
    cond.release()
    print(lock)

    async def w():
        async with cond:
            await cond.wait()
    ts = [asyncio.create_task(w()) for _ in range(2)]
    await asyncio.sleep(0)
    print(cond)
    async with cond:
        cond.notify_all()
        print(cond)
    await asyncio.gather(*ts)
    print(cond, type(cond))

asyncio.run(main())

# expect: <asyncio.locks.Condition object at 0x... [unlocked]>
# expect: True <asyncio.locks.Condition object at 0x... [locked]>
# expect: True
# expect: <asyncio.locks.Lock object at 0x... [unlocked]>
# expect: <asyncio.locks.Condition object at 0x... [unlocked, waiters:2]>
# expect: <asyncio.locks.Condition object at 0x... [locked, waiters:2]>
# expect: <asyncio.locks.Condition object at 0x... [unlocked]> <class 'asyncio.locks.Condition'>
