# Letting an event loop drive the coroutine: loop.run_until_complete().
#
# run_until_complete wraps the coroutine in a Task, runs the loop until
# that task is done, and hands back the coroutine's return value -- the
# same value we fished out of StopIteration by hand in coro_by_hand.py.

import asyncio


async def f():
    await asyncio.sleep(0)
    return 111


loop = asyncio.new_event_loop()
result = loop.run_until_complete(f())
print("run_until_complete returned", result)
loop.close()
