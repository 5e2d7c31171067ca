# Cancelling a task waiting on a Semaphore: before and after it was woken, the count stays right.
# normalize-addresses
import asyncio

async def taker(name, s):
    try:
        await s.acquire()
        print(name, "acquired")
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise

async def main():
    s = asyncio.Semaphore(0)
    a = asyncio.create_task(taker("a", s))
    b = asyncio.create_task(taker("b", s))
    c = asyncio.create_task(taker("c", s))
    await asyncio.sleep(0)
    b.cancel()
    await asyncio.sleep(0)
    print(s)
    s.release()
    a.cancel()   # a was just woken: its place goes to c
    await asyncio.gather(a, b, c, return_exceptions=True)
    print(a.cancelled(), b.cancelled(), c.cancelled())
    print(s)

asyncio.run(main())

# expect: b cancelled
# expect: <asyncio.locks.Semaphore object at 0x... [locked, waiters:2]>
# expect: a cancelled
# expect: c acquired
# expect: True True False
# expect: <asyncio.locks.Semaphore object at 0x... [locked]>
