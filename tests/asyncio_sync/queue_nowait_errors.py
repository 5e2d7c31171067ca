# get_nowait on an empty Queue raises QueueEmpty; put_nowait on a full one raises QueueFull.
import asyncio

async def main():
    q = asyncio.Queue(1)
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print("QueueEmpty", repr(e), str(e) == "", type(e))
    q.put_nowait("x")
    try:
        q.put_nowait("y")
    except asyncio.QueueFull as e:
        print("QueueFull", repr(e), type(e))
    print(issubclass(asyncio.QueueFull, Exception), asyncio.QueueEmpty.__mro__[1])
    q.get_nowait()
    q.get_nowait()

asyncio.run(main())
# expect runtime error: asyncio.queues.QueueEmpty

# expect: QueueEmpty QueueEmpty() True <class 'asyncio.queues.QueueEmpty'>
# expect: QueueFull QueueFull() <class 'asyncio.queues.QueueFull'>
# expect: True <class 'Exception'>
