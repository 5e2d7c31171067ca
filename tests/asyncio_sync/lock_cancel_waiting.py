# A task cancelled while waiting for a Lock never gets it; the next waiter does.
# normalize-addresses
import asyncio

async def worker(name, lock):
    try:
        async with lock:
            print(name, "got the lock")
            await asyncio.sleep(0)
    except asyncio.CancelledError:
        print(name, "cancelled while waiting")
        raise

async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    a = asyncio.create_task(worker("a", lock))
    b = asyncio.create_task(worker("b", lock))
    c = asyncio.create_task(worker("c", lock))
    await asyncio.sleep(0)
    print(lock)
    b.cancel()
    await asyncio.sleep(0)
    print(lock)
    lock.release()
    await asyncio.gather(a, b, c, return_exceptions=True)
    print(a.cancelled(), b.cancelled(), c.cancelled())
    print(lock)

asyncio.run(main())

# expect: <asyncio.locks.Lock object at 0x... [locked, waiters:3]>
# expect: b cancelled while waiting
# expect: <asyncio.locks.Lock object at 0x... [locked, waiters:2]>
# expect: a got the lock
# expect: c got the lock
# expect: False True False
# expect: <asyncio.locks.Lock object at 0x... [unlocked]>
