# str() and repr() of a Queue show maxsize, the items, waiting getters/putters and unfinished tasks.
# normalize-addresses
import asyncio

async def main():
    q = asyncio.Queue()
    print(str(q))
    print(repr(q))
    q.put_nowait(1)
    print(q)
    q.get_nowait()
    print(q)
    q.task_done()
    print(q)
    g = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    print(q)
    q.put_nowait("z")
    print(q)
    await g
    q2 = asyncio.Queue(maxsize=1)
    q2.put_nowait([1, 2])
    p = asyncio.create_task(q2.put("more"))
    await asyncio.sleep(0)
    print(q2)
    print(repr(q2))
    q2.get_nowait()
    await p
    print(q2)
    print(type(q2), type(q2).__module__)

asyncio.run(main())

# expect: <Queue maxsize=0>
# expect: <Queue at 0x... maxsize=0>
# expect: <Queue maxsize=0 _queue=[1] tasks=1>
# expect: <Queue maxsize=0 tasks=1>
# expect: <Queue maxsize=0>
# expect: <Queue maxsize=0 _getters[1]>
# expect: <Queue maxsize=0 _queue=['z'] tasks=1>
# expect: <Queue maxsize=1 _queue=[[1, 2]] _putters[1] tasks=1>
# expect: <Queue at 0x... maxsize=1 _queue=[[1, 2]] _putters[1] tasks=1>
# expect: <Queue maxsize=1 _queue=['more'] tasks=2>
# expect: <class 'asyncio.queues.Queue'> asyncio.queues
