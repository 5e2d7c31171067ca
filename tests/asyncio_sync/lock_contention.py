# Several tasks contend for one Lock: they get it one at a time, first come first served.
import asyncio

async def worker(name, lock):
    print(name, "wants the lock")
    async with lock:
        print(name, "has the lock")
        await asyncio.sleep(0)
        await asyncio.sleep(0)
        print(name, "releases")

async def main():
    lock = asyncio.Lock()
    await asyncio.gather(*(worker(n, lock) for n in ("a", "b", "c", "d")))
    print(lock.locked())

asyncio.run(main())

# expect: a wants the lock
# expect: a has the lock
# expect: b wants the lock
# expect: c wants the lock
# expect: d wants the lock
# expect: a releases
# expect: b has the lock
# expect: b releases
# expect: c has the lock
# expect: c releases
# expect: d has the lock
# expect: d releases
# expect: False
