# Semaphore repr with waiters: [locked, waiters:N], then [unlocked, value:N].
# normalize-addresses
import asyncio

async def main():
    s = asyncio.Semaphore(0)
    print(s)
    ts = [asyncio.create_task(s.acquire()) for _ in range(3)]
    await asyncio.sleep(0)
    print(s)
    s.release()
    print(s)
    await asyncio.sleep(0)
    print(s)
    s.release()
    s.release()
    s.release()
    await asyncio.gather(*ts)
    print(s)

asyncio.run(main())

# expect: <asyncio.locks.Semaphore object at 0x... [locked]>
# expect: <asyncio.locks.Semaphore object at 0x... [locked, waiters:3]>
# expect: <asyncio.locks.Semaphore object at 0x... [locked, waiters:3]>
# expect: <asyncio.locks.Semaphore object at 0x... [locked, waiters:2]>
# expect: <asyncio.locks.Semaphore object at 0x... [unlocked, value:1]>
