# Lock repr: [unlocked], [locked], [locked, waiters:N]; type() is asyncio.locks.Lock.
# normalize-addresses
import asyncio

async def hold(lock):
    async with lock:
        await asyncio.sleep(0.01)

async def main():
    lock = asyncio.Lock()
    print(lock)
    print(type(lock))
    print(type(lock).__module__, type(lock).__qualname__)
    ts = [asyncio.create_task(hold(lock)) for _ in range(3)]
    await asyncio.sleep(0)
    print(lock)
    await asyncio.gather(*ts)
    print(lock)

asyncio.run(main())

# expect: <asyncio.locks.Lock object at 0x... [unlocked]>
# expect: <class 'asyncio.locks.Lock'>
# expect: asyncio.locks Lock
# expect: <asyncio.locks.Lock object at 0x... [locked, waiters:2]>
# expect: <asyncio.locks.Lock object at 0x... [unlocked]>
