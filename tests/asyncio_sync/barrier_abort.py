# Barrier.abort breaks the barrier: waiting tasks and later wait() calls raise BrokenBarrierError.
# normalize-addresses
import asyncio

async def party(name, b):
    try:
        await b.wait()
        print(name, "passed")
    except asyncio.BrokenBarrierError as e:
        print(name, "broken:", e)

async def main():
    b = asyncio.Barrier(3)
    ts = [asyncio.create_task(party(n, b)) for n in "ab"]
    await asyncio.sleep(0)
    await b.abort()
    await asyncio.gather(*ts)
    print(b, b.broken)
    await party("c", b)
    print(asyncio.BrokenBarrierError.__mro__[1])

asyncio.run(main())

# expect: a broken: Abort or reset of barrier
# expect: b broken: Abort or reset of barrier
# expect: <asyncio.locks.Barrier object at 0x... [broken]> True
# expect: c broken: Barrier aborted
# expect: <class 'RuntimeError'>
