# TaskGroup: leaving the block waits for every task; results in task order
import asyncio

async def work(x, d):
    print("start", x)
    await asyncio.sleep(d)
    print("end", x)
    return x * 10

async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(work(1, 0.3))
        t2 = tg.create_task(work(2, 0.01))
        t3 = tg.create_task(work(3, 0.15))
        print("body done")
    print("after the block:", [t.done() for t in (t1, t2, t3)])
    print(t1.result(), t2.result(), t3.result())

asyncio.run(main())

# expect: body done
# expect: start 1
# expect: start 2
# expect: start 3
# expect: end 2
# expect: end 3
# expect: end 1
# expect: after the block: [True, True, True]
# expect: 10 20 30
