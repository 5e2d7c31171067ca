# Tasks created together first run in creation order (the ready queue is FIFO).
import asyncio
async def report(n):
    print("task", n, "started")
async def main():
    tasks = []
    for n in range(4):
        tasks.append(asyncio.create_task(report(n)))
    print("main yields")
    await asyncio.sleep(0)
    for t in tasks:
        print("main back", t.done())
asyncio.run(main())

# expect: main yields
# expect: task 0 started
# expect: task 1 started
# expect: task 2 started
# expect: task 3 started
# expect: main back True
# expect: main back True
# expect: main back True
# expect: main back True
