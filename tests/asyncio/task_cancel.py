# cancel() throws CancelledError into a sleeping task; awaiting it re-raises.
import asyncio
async def sleeper():
    print("sleeping")
    await asyncio.sleep(10)
    print("not reached")
async def main():
    task = asyncio.create_task(sleeper())
    await asyncio.sleep(0.01)
    print("cancel returned", task.cancel())
    print("done right after cancel?", task.done())
    try:
        await task
    except asyncio.CancelledError:
        print("awaiting raised CancelledError")
    print(task.cancelled(), task.done())
    try:
        task.result()
    except asyncio.CancelledError:
        print("result() raises CancelledError too")
    print("cancel again returns", task.cancel())
asyncio.run(main())

# expect: sleeping
# expect: cancel returned True
# expect: done right after cancel? False
# expect: awaiting raised CancelledError
# expect: True True
# expect: result() raises CancelledError too
# expect: cancel again returns False
