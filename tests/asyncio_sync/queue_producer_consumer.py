# One producer, one consumer on an unbounded Queue, with a None sentinel.
import asyncio

async def producer(q):
    for i in range(5):
        print("produce", i)
        await q.put(i)
        await asyncio.sleep(0)
    await q.put(None)

async def consumer(q):
    while True:
        item = await q.get()
        if item is None:
            break
        print("consume", item)

async def main():
    q = asyncio.Queue()
    await asyncio.gather(consumer(q), producer(q))
    print("left:", q.qsize())

asyncio.run(main())

# expect: produce 0
# expect: consume 0
# expect: produce 1
# expect: consume 1
# expect: produce 2
# expect: consume 2
# expect: produce 3
# expect: consume 3
# expect: produce 4
# expect: consume 4
# expect: left: 0
