# asyncio.run names its main task Task-1 in a fresh process; created tasks count up.
import asyncio
async def child():
    return asyncio.current_task().get_name()
async def main():
    print(asyncio.current_task().get_name())
    print(await asyncio.create_task(child()))
    print(await asyncio.create_task(child()))
asyncio.run(main())

# expect: Task-1
# expect: Task-2
# expect: Task-3
