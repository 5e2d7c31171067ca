# Several workers share one Queue: who gets which item, in what order, matches CPython exactly.
import asyncio

async def worker(name, q, log):
    while True:
        item = await q.get()
        print(f"{name} takes {item}")
        for _ in range(item % 3):     # some items take longer
            await asyncio.sleep(0)
        log.append((name, item))
        q.task_done()

async def main():
    q = asyncio.Queue()
    log = []
    workers = [asyncio.create_task(worker(f"w{i}", q, log)) for i in range(3)]
    for item in range(8):
        q.put_nowait(item)
    await q.join()
    print("all done:", log)
    for w in workers:
        w.cancel()
    res = await asyncio.gather(*workers, return_exceptions=True)
    print([type(r).__name__ for r in res])

asyncio.run(main())


# expect: w0 takes 0
# expect: w0 takes 1
# expect: w1 takes 2
# expect: w2 takes 3
# expect: w2 takes 4
# expect: w0 takes 5
# expect: w2 takes 6
# expect: w2 takes 7
# expect: all done: [('w0', 0), ('w2', 3), ('w0', 1), ('w2', 4), ('w2', 6), ('w1', 2), ('w2', 7), ('w0', 5)]
# expect: ['CancelledError', 'CancelledError', 'CancelledError']
