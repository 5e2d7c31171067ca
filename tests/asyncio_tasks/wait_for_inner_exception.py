# wait_for: an exception of the inner coroutine before the timeout propagates as is
import asyncio

async def fails():
    await asyncio.sleep(0.01)
    raise ValueError("inner failure")

async def main():
    try:
        await asyncio.wait_for(fails(), 1)
    except ValueError as e:
        print("ValueError:", e)
    try:
        await asyncio.wait_for(fails(), None)
    except ValueError as e:
        print("ValueError again:", e)
    t = asyncio.create_task(fails())
    try:
        await asyncio.wait_for(t, 0.5)
    except ValueError as e:
        print(t.done(), t.exception() is e)

asyncio.run(main())

# expect: ValueError: inner failure
# expect: ValueError again: inner failure
# expect: True True
