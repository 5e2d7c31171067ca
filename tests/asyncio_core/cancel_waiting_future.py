# Cancelling a task waiting on a future cancels the future.
import asyncio
async def waiter(f):
    try:
        await f
    except asyncio.CancelledError as e:
        print("task got CancelledError", e.args)
        raise
async def main():
    f = asyncio.get_running_loop().create_future()
    t = asyncio.create_task(waiter(f))
    await asyncio.sleep(0)
    t.cancel("why")
    print("future cancelled yet?", f.cancelled())
    await asyncio.sleep(0)
    print("future cancelled now?", f.cancelled())
    try:
        await t
    except asyncio.CancelledError as e:
        print("outer", e.args)
    print(t.cancelled())
asyncio.run(main())

# expect: future cancelled yet? True
# expect: task got CancelledError ('why',)
# expect: future cancelled now? True
# expect: outer ('why',)
# expect: True
