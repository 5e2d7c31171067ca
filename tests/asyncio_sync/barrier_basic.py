# Barrier: tasks wait until `parties` of them arrived, then all go on; wait() returns the arrival index.
# normalize-addresses
import asyncio

async def party(name, b):
    print(name, "arrives")
    i = await b.wait()
    print(name, "passes with index", i)

async def main():
    b = asyncio.Barrier(3)
    print(b, b.parties, b.n_waiting, b.broken)
    ts = [asyncio.create_task(party(n, b)) for n in "abc"]
    await asyncio.sleep(0)
    print(b)
    await asyncio.gather(*ts)
    print(b)
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())

# expect: <asyncio.locks.Barrier object at 0x... [filling, waiters:0/3]> 3 0 False
# expect: a arrives
# expect: b arrives
# expect: c arrives
# expect: c passes with index 2
# expect: <asyncio.locks.Barrier object at 0x... [draining, waiters:0/3]>
# expect: a passes with index 0
# expect: b passes with index 1
# expect: <asyncio.locks.Barrier object at 0x... [filling, waiters:0/3]>
# expect: ValueError: parties must be > 0
