# Releasing a Semaphore several times at once wakes that many waiters, in order.
import asyncio

async def taker(name, s):
    await s.acquire()
    print(name, "acquired")

async def main():
    s = asyncio.Semaphore(0)
    ts = [asyncio.create_task(taker(n, s)) for n in "abcd"]
    await asyncio.sleep(0)
    s.release()
    s.release()
    s.release()
    print("released 3")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print([t.done() for t in ts])
    s.release()
    await asyncio.gather(*ts)
    print(s.locked())

asyncio.run(main())

# expect: released 3
# expect: a acquired
# expect: b acquired
# expect: c acquired
# expect: [True, True, True, False]
# expect: d acquired
# expect: True
