# BoundedSemaphore refuses to be released above its initial value.
# normalize-addresses
import asyncio

async def main():
    b = asyncio.BoundedSemaphore(2)
    print(b)
    print(type(b), isinstance(b, asyncio.Semaphore))
    await b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print("ValueError:", e)
    async with b:
        async with b:
            print(b)
    print(b)
    b.release()

asyncio.run(main())
# expect runtime error: ValueError: BoundedSemaphore released too many times

# expect: <asyncio.locks.BoundedSemaphore object at 0x... [unlocked, value:2]>
# expect: <class 'asyncio.locks.BoundedSemaphore'> True
# expect: ValueError: BoundedSemaphore released too many times
# expect: <asyncio.locks.BoundedSemaphore object at 0x... [locked]>
# expect: <asyncio.locks.BoundedSemaphore object at 0x... [unlocked, value:2]>
