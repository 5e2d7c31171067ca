# The first waiter is woken by release() but cancelled before it runs: the lock passes to the next waiter.
import asyncio

async def worker(name, lock):
    try:
        await lock.acquire()
    except asyncio.CancelledError:
        print(name, "cancelled, locked =", lock.locked())
        raise
    print(name, "acquired")
    lock.release()

async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    a = asyncio.create_task(worker("a", lock))
    b = asyncio.create_task(worker("b", lock))
    await asyncio.sleep(0)
    lock.release()
    a.cancel()
    print("released and cancelled a")
    res = await asyncio.gather(a, b, return_exceptions=True)
    print([type(r).__name__ for r in res])
    print(lock.locked())

asyncio.run(main())

# expect: released and cancelled a
# expect: a cancelled, locked = False
# expect: b acquired
# expect: ['CancelledError', 'NoneType']
# expect: False
