# wait: the argument errors of 3.11 (bare coroutines are refused with TypeError)
import asyncio

async def work():
    return 1

async def main():
    c = work()
    try:
        await asyncio.wait([c])
    except TypeError as e:
        print("TypeError:", e)
    c.close()
    t = asyncio.create_task(work())
    try:
        await asyncio.wait(t)
    except TypeError as e:
        print("TypeError:", e)
    c = work()
    try:
        await asyncio.wait(c)
    except TypeError as e:
        print("TypeError:", e)
    c.close()
    try:
        await asyncio.wait([])
    except ValueError as e:
        print("ValueError:", e)
    try:
        await asyncio.wait([t], return_when="SOMETIME")
    except ValueError as e:
        print("ValueError:", e)
    try:
        await asyncio.wait([t], 1)
    except TypeError as e:
        print("TypeError:", e)
    await t

asyncio.run(main())

# expect: TypeError: Passing coroutines is forbidden, use tasks explicitly.
# expect: TypeError: expect a list of futures, not Task
# expect: TypeError: expect a list of futures, not coroutine
# expect: ValueError: Set of Tasks/Futures is empty.
# expect: ValueError: Invalid return_when value: SOMETIME
# expect: TypeError: wait() takes 1 positional argument but 2 were given
