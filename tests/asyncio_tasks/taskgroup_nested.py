# TaskGroup: a failing inner group cancels the outer group's tasks; the groups nest
import asyncio

async def fails():
    await asyncio.sleep(0.01)
    raise ValueError("deep")

async def inner_group():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fails())

async def waits():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("outer task cancelled")
        raise

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(inner_group())
            tg.create_task(waits())
    except ExceptionGroup as eg:
        print(eg)
        inner = eg.exceptions[0]
        print(type(inner).__name__, inner)
        print(inner.exceptions)

asyncio.run(main())

# expect: outer task cancelled
# expect: unhandled errors in a TaskGroup (1 sub-exception)
# expect: ExceptionGroup unhandled errors in a TaskGroup (1 sub-exception)
# expect: (ValueError('deep'),)
