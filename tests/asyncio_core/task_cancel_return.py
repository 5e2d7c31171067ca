# Task.cancel() returns True while pending and False once done.
import asyncio
async def sleeper():
    await asyncio.sleep(10)
async def quick():
    return 1
async def main():
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    print(t.cancel(), t.cancel())
    print(t.cancelled(), t.done())
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled")
    print(t.cancelled(), t.done(), t.cancel())
    q = asyncio.create_task(quick())
    await q
    print(q.cancel())
asyncio.run(main())

# expect: True True
# expect: False False
# expect: cancelled
# expect: True True False
# expect: False
