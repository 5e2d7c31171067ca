# TaskGroup: the group's errors end the program when nobody catches the ExceptionGroup
import asyncio

async def fails():
    raise ValueError("unhandled")

async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fails())

try:
    asyncio.run(main())
except ExceptionGroup as eg:
    print("caught at top level:", eg, eg.exceptions)

# expect: caught at top level: unhandled errors in a TaskGroup (1 sub-exception) (ValueError('unhandled'),)
