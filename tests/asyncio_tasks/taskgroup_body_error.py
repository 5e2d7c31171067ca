# TaskGroup: an exception in the body cancels the tasks and joins the ExceptionGroup
import asyncio

cancelled = []

async def worker(i):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        cancelled.append(i)     # the group cancels its tasks in set order
        raise

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            for i in range(3):
                tg.create_task(worker(i))
            await asyncio.sleep(0)
            1 / 0
    except ExceptionGroup as eg:
        print(repr(eg))
        print(len(eg.exceptions), type(eg.exceptions[0]).__name__)
    print("cancelled workers:", sorted(cancelled))

asyncio.run(main())

# expect: ExceptionGroup('unhandled errors in a TaskGroup', [ZeroDivisionError('division by zero')])
# expect: 1 ZeroDivisionError
# expect: cancelled workers: [0, 1, 2]
