# Semaphore: acquire decrements, release increments, locked() when zero; default value 1.
# normalize-addresses
import asyncio

async def main():
    s = asyncio.Semaphore(2)
    print(s, s.locked())
    await s.acquire()
    print(s)
    await s.acquire()
    print(s, s.locked())
    s.release()
    print(s)
    s.release()
    s.release()
    print(s)
    d = asyncio.Semaphore()
    print(d)
    async with d:
        print("inside", d.locked())
    print(d.locked())
    print(type(s))

asyncio.run(main())

# expect: <asyncio.locks.Semaphore object at 0x... [unlocked, value:2]> False
# expect: <asyncio.locks.Semaphore object at 0x... [unlocked, value:1]>
# expect: <asyncio.locks.Semaphore object at 0x... [locked]> True
# expect: <asyncio.locks.Semaphore object at 0x... [unlocked, value:1]>
# expect: <asyncio.locks.Semaphore object at 0x... [unlocked, value:3]>
# expect: <asyncio.locks.Semaphore object at 0x... [unlocked, value:1]>
# expect: inside True
# expect: False
# expect: <class 'asyncio.locks.Semaphore'>
