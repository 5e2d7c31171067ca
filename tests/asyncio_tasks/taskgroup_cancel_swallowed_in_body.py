# TaskGroup: the group's own cancellation of the body is taken back with uncancel()
import asyncio

async def fails():
    await asyncio.sleep(0.01)
    raise RuntimeError("task failed")

async def main():
    me = asyncio.current_task()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fails())
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print("body cancelled, cancelling =", me.cancelling())
                raise
    except ExceptionGroup as eg:
        print("group:", eg.exceptions)
    print("after, cancelling =", me.cancelling())
    print(await asyncio.sleep(0.01, "sleep works"))

asyncio.run(main())

# expect: body cancelled, cancelling = 1
# expect: group: (RuntimeError('task failed'),)
# expect: after, cancelling = 0
# expect: sleep works
