# TaskGroup: repr in each state
import asyncio

async def work(d):
    await asyncio.sleep(d)

async def fails():
    raise ValueError

async def main():
    tg = asyncio.TaskGroup()
    print(repr(tg))
    async with tg:
        print(repr(tg))
        tg.create_task(work(0.01))
        tg.create_task(work(0.02))
        print(repr(tg))
    print(repr(tg))
    tg2 = asyncio.TaskGroup()
    try:
        async with tg2:
            tg2.create_task(work(1))
            tg2.create_task(fails())
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print(repr(tg2))
                raise
    except ExceptionGroup:
        print(repr(tg2))

asyncio.run(main())

# expect: <TaskGroup>
# expect: <TaskGroup entered>
# expect: <TaskGroup tasks=2 entered>
# expect: <TaskGroup entered>
# expect: <TaskGroup tasks=1 errors=1 cancelling>
# expect: <TaskGroup cancelling>
