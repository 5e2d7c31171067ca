# Cancelling a task whose awaited future already has a result still cancels the task.
import asyncio
async def waiter(f):
    try:
        r = await f
        print("got", r)
    except asyncio.CancelledError:
        print("cancelled despite result")
        raise
async def main():
    f = asyncio.get_running_loop().create_future()
    t = asyncio.create_task(waiter(f))
    await asyncio.sleep(0)
    f.set_result("r")
    print(t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print("main saw cancel")
asyncio.run(main())

# expect: True
# expect: cancelled despite result
# expect: main saw cancel
