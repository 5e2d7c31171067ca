# Throwing an exception into a suspended coroutine.
#
# coro.throw(exc) resumes the coroutine by raising exc at the point where
# it is suspended, as if the `await` line itself had raised it.  This is
# how an event loop cancels a task: it throws asyncio.CancelledError in.
# The coroutine may catch it, tidy up, and finish normally.

import asyncio


async def worker():
    try:
        print("  worker: waiting for work")
        await asyncio.sleep(0)
        print("  worker: this line never runs")
    except asyncio.CancelledError:
        print("  worker: caught CancelledError, cleaning up")
        return "cleaned up"


coro = worker()
coro.send(None)                  # start it; it suspends at the await
print("driver: throwing CancelledError into the coroutine")
try:
    coro.throw(asyncio.CancelledError())
except StopIteration as stop:
    print("driver: the coroutine returned", repr(stop.value))
