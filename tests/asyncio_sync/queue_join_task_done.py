# join() waits until task_done() was called once per item put; task_done too often raises ValueError.
import asyncio

async def worker(q):
    while True:
        item = await q.get()
        await asyncio.sleep(0.01)
        print("processed", item)
        q.task_done()

async def main():
    q = asyncio.Queue()
    await q.join()
    print("join on an empty queue returns at once")
    for i in range(3):
        q.put_nowait(i)
    w = asyncio.create_task(worker(q))
    await q.join()
    print("joined, size", q.qsize())
    w.cancel()
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)
    q2 = asyncio.Queue()
    q2.task_done()

asyncio.run(main())
# expect runtime error: ValueError: task_done() called too many times

# expect: join on an empty queue returns at once
# expect: processed 0
# expect: processed 1
# expect: processed 2
# expect: joined, size 0
# expect: ValueError: task_done() called too many times
