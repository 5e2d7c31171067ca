# Cancelling the future a task awaits (not the task) raises CancelledError in the task.
import asyncio
async def waiter(f):
    try:
        await f
    except asyncio.CancelledError as e:
        print("task saw", e.args)
        return "handled"
async def main():
    f = asyncio.get_running_loop().create_future()
    t = asyncio.create_task(waiter(f))
    await asyncio.sleep(0)
    f.cancel("fut msg")
    print(await t, t.cancelled())
asyncio.run(main())

# expect: task saw ('fut msg',)
# expect: handled False
