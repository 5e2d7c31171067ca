# Benchmark: a producer and a consumer passing 200 000 items through an
# asyncio.Queue(100) -- futures, wakeups and task switches.
import asyncio

ITEMS = 200000


async def producer(q):
    for i in range(ITEMS):
        await q.put(i)
    await q.put(None)


async def consumer(q):
    total = 0
    while True:
        item = await q.get()
        if item is None:
            return total
        total = (total + item) % 1000000007


async def main():
    q = asyncio.Queue(100)
    results = await asyncio.gather(producer(q), consumer(q))
    return results[1]


print(asyncio.run(main()))
