# orrery-only: event trace
# orrery-flags: --trace --virtual-clock
# The --trace event stream (stderr) of a task sleeping, a task awaiting
# another task, a result and a cancellation; stdout is CPython's.
import asyncio


async def child(n):
    await asyncio.sleep(0.5)
    return n * 2


async def sleeper():
    await asyncio.sleep(10)


async def main():
    x = await child(21)
    t = asyncio.create_task(sleeper(), name='sleepy')
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('cancelled')
    return x

print(asyncio.run(main()))

# expect: cancelled
# expect: 42
