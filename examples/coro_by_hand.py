# Driving a coroutine by hand, with no event loop at all.
#
# Calling an `async def` function does not run its body: it builds a
# coroutine object.  The body runs only when someone calls send() on it.
# Each send(None) runs the body up to the next point where it suspends;
# when the body returns, send() raises StopIteration and the return value
# rides along in the exception's `value` attribute.
#
# This is exactly what an event loop does, many times per second.

import asyncio


async def count_to(n):
    total = 0
    for i in range(1, n + 1):
        print("  coroutine: adding", i)
        total += i
        # asyncio.sleep(0) suspends once and hands control back to whoever
        # called send() -- here that is us, below.
        await asyncio.sleep(0)
    print("  coroutine: returning", total)
    return total


coro = count_to(3)
print("made", type(coro).__name__, "- nothing has run yet")

steps = 0
while True:
    try:
        coro.send(None)          # run until the next suspension
        steps += 1
        print("driver: the coroutine suspended (step", str(steps) + ")")
    except StopIteration as stop:
        print("driver: StopIteration, value =", stop.value)
        break
