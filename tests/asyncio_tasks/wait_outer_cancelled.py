# wait: cancelling the waiting task does not cancel the futures it waits for
import asyncio

async def work(x, d):
    await asyncio.sleep(d)
    return x

async def waiter(tasks):
    try:
        await asyncio.wait(tasks)
    except asyncio.CancelledError:
        print("waiter cancelled")
        raise

async def main():
    tasks = [asyncio.create_task(work(i, 0.2)) for i in range(2)]
    w = asyncio.create_task(waiter(tasks))
    await asyncio.sleep(0.01)
    w.cancel()
    try:
        await w
    except asyncio.CancelledError:
        print("w cancelled:", w.cancelled())
    print([t.cancelled() for t in tasks])
    print([await t for t in tasks])

asyncio.run(main())

# expect: waiter cancelled
# expect: w cancelled: True
# expect: [False, False]
# expect: [0, 1]
