# PriorityQueue with (priority, name) tuples: ties broken by the second field; a worker drains it.
import asyncio

async def worker(q):
    while True:
        prio, job = await q.get()
        print("doing", job, "priority", prio)
        q.task_done()

async def main():
    q = asyncio.PriorityQueue(maxsize=10)
    for job in [(2, "write"), (1, "read"), (3, "sleep"), (1, "eat"), (2, "code")]:
        await q.put(job)
    print(q.qsize(), q.full())
    w = asyncio.create_task(worker(q))
    await q.join()
    w.cancel()
    print("done", type(q))

asyncio.run(main())

# expect: 5 False
# expect: doing eat priority 1
# expect: doing read priority 1
# expect: doing code priority 2
# expect: doing write priority 2
# expect: doing sleep priority 3
# expect: done <class 'asyncio.queues.PriorityQueue'>
