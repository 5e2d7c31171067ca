# create_task schedules a coroutine; it starts only when the creator yields.
import asyncio
async def child():
    print("child running")
    await asyncio.sleep(0.01)
    print("child finishing")
    return "child result"
async def main():
    task = asyncio.create_task(child())
    print("task created", type(task).__name__, task.done())
    await asyncio.sleep(0)
    print("main resumed")
    result = await task
    print(result, task.done(), task.result())
asyncio.run(main())

# expect: task created Task False
# expect: child running
# expect: main resumed
# expect: child finishing
# expect: child result True child result
