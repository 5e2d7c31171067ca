# maxsize back-pressure: a fast producer blocks on put() until a slow consumer makes room.
import asyncio

async def producer(q):
    for i in range(6):
        print("putting", i)
        await q.put(i)
        print("put", i, "size", q.qsize())
    await q.put(None)

async def consumer(q):
    while (item := await q.get()) is not None:
        print("got", item)
        await asyncio.sleep(0)

async def main():
    q = asyncio.Queue(maxsize=2)
    await asyncio.gather(producer(q), consumer(q))

asyncio.run(main())

# expect: putting 0
# expect: put 0 size 1
# expect: putting 1
# expect: put 1 size 2
# expect: putting 2
# expect: got 0
# expect: put 2 size 2
# expect: putting 3
# expect: got 1
# expect: put 3 size 2
# expect: putting 4
# expect: got 2
# expect: put 4 size 2
# expect: putting 5
# expect: got 3
# expect: put 5 size 2
# expect: got 4
# expect: got 5
