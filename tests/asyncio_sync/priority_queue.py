# PriorityQueue hands out the smallest item first; the heap's internal order matches CPython's.
import asyncio

async def main():
    q = asyncio.PriorityQueue()
    for x in [5, 3, 8, 1, 9, 2, 7, 1]:
        q.put_nowait(x)
        print(q)
    out = []
    while not q.empty():
        out.append(await q.get())
        print(q)
    print(out)

asyncio.run(main())

# expect: <PriorityQueue maxsize=0 _queue=[5] tasks=1>
# expect: <PriorityQueue maxsize=0 _queue=[3, 5] tasks=2>
# expect: <PriorityQueue maxsize=0 _queue=[3, 5, 8] tasks=3>
# expect: <PriorityQueue maxsize=0 _queue=[1, 3, 8, 5] tasks=4>
# expect: <PriorityQueue maxsize=0 _queue=[1, 3, 8, 5, 9] tasks=5>
# expect: <PriorityQueue maxsize=0 _queue=[1, 3, 2, 5, 9, 8] tasks=6>
# expect: <PriorityQueue maxsize=0 _queue=[1, 3, 2, 5, 9, 8, 7] tasks=7>
# expect: <PriorityQueue maxsize=0 _queue=[1, 1, 2, 3, 9, 8, 7, 5] tasks=8>
# expect: <PriorityQueue maxsize=0 _queue=[1, 3, 2, 5, 9, 8, 7] tasks=8>
# expect: <PriorityQueue maxsize=0 _queue=[2, 3, 7, 5, 9, 8] tasks=8>
# expect: <PriorityQueue maxsize=0 _queue=[3, 5, 7, 8, 9] tasks=8>
# expect: <PriorityQueue maxsize=0 _queue=[5, 8, 7, 9] tasks=8>
# expect: <PriorityQueue maxsize=0 _queue=[7, 8, 9] tasks=8>
# expect: <PriorityQueue maxsize=0 _queue=[8, 9] tasks=8>
# expect: <PriorityQueue maxsize=0 _queue=[9] tasks=8>
# expect: <PriorityQueue maxsize=0 tasks=8>
# expect: [1, 1, 2, 3, 5, 7, 8, 9]
