# Task.exception() and result() after the coroutine raised.
import asyncio
async def bad():
    await asyncio.sleep(0)
    raise ValueError("oops")
async def main():
    t = asyncio.create_task(bad())
    try:
        t.exception()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(t.done(), repr(t.exception()))
    try:
        t.result()
    except ValueError as e:
        print("result raised", e)
asyncio.run(main())

# expect: InvalidStateError: Exception is not set.
# expect: True ValueError('oops')
# expect: result raised oops
