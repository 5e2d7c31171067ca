# Queue[int] (as in type hints) names the class, and calling it makes a queue.
import asyncio

print(asyncio.Queue[int])
print(asyncio.PriorityQueue[tuple])
print(asyncio.LifoQueue[str, asyncio.Queue])

async def main():
    q = asyncio.Queue[int](3)
    q.put_nowait(1)
    print(q, type(q).__name__, q.maxsize)

asyncio.run(main())

# expect: asyncio.queues.Queue[int]
# expect: asyncio.queues.PriorityQueue[tuple]
# expect: asyncio.queues.LifoQueue[str, asyncio.queues.Queue]
# expect: <Queue maxsize=3 _queue=[1] tasks=1> Queue 3
