# TaskGroup: create_task while the group is aborting is refused
import asyncio

async def work():
    return 1

async def fails():
    raise ValueError("x")

async def late(tg):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        c = work()
        try:
            tg.create_task(c)
        except RuntimeError as e:
            print("RuntimeError:", e)
        c.close()
        raise

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(late(tg))
            await asyncio.sleep(0)
            tg.create_task(fails())
    except ExceptionGroup as eg:
        print(eg.exceptions)

asyncio.run(main())

# expect: RuntimeError: TaskGroup <TaskGroup tasks=1 errors=1 cancelling> is shutting down
# expect: (ValueError('x'),)
