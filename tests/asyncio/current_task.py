# current_task() is the task running the current coroutine.
import asyncio
async def child(results):
    results.append(asyncio.current_task())
async def main():
    me = asyncio.current_task()
    results = []
    t = asyncio.create_task(child(results))
    await t
    print(results[0] is t, me is not t, type(me).__name__)
asyncio.run(main())

# expect: True True Task
