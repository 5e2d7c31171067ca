# asyncio.all_tasks() is a set of tasks.
import asyncio
async def main():
    tasks = asyncio.all_tasks()
    print(type(tasks).__name__, len(tasks), asyncio.current_task() in tasks)
asyncio.run(main())
# expect: set 1 True
