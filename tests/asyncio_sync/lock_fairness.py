# Lock fairness: a task that calls acquire() while others are queued waits its turn, even if the lock is free at that moment.
import asyncio

async def worker(name, lock, rounds):
    for i in range(rounds):
        async with lock:
            print(name, i)
        await asyncio.sleep(0)

async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    ts = [asyncio.create_task(worker(n, lock, 2)) for n in ("p", "q")]
    await asyncio.sleep(0)
    lock.release()
    # The lock is free but p and q are queued: we must wait behind them.
    print("locked after release?", lock.locked())
    await lock.acquire()
    print("main got it")
    lock.release()
    await asyncio.gather(*ts)

asyncio.run(main())

# expect: locked after release? False
# expect: p 0
# expect: q 0
# expect: main got it
# expect: p 1
# expect: q 1
