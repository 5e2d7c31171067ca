# A Lock protects a read-modify-write across an await: no update is lost.
import asyncio

counter = 0

async def add(lock, use_lock):
    global counter
    if use_lock:
        async with lock:
            value = counter
            await asyncio.sleep(0)
            counter = value + 1
    else:
        value = counter
        await asyncio.sleep(0)
        counter = value + 1

async def main():
    global counter
    lock = asyncio.Lock()
    await asyncio.gather(*(add(lock, False) for _ in range(10)))
    print("without lock:", counter)
    counter = 0
    await asyncio.gather(*(add(lock, True) for _ in range(10)))
    print("with lock:", counter)

asyncio.run(main())

# expect: without lock: 1
# expect: with lock: 10
