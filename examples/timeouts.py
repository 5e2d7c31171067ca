# Timeouts in asyncio (Python 3.11): wait_for(), timeout() and shield().
#
# A timeout never stops a coroutine by force.  It *cancels* the task:
# the coroutine gets a CancelledError at the `await` where it sleeps,
# can clean up (finally blocks run), and the error travels up.  The
# timeout machinery then turns that CancelledError into TimeoutError for
# the code that asked for the limit.
#
# Delays are chosen so that the order of events never depends on the
# speed of the machine.

import asyncio


async def slow_job(name):
    try:
        print(f"  {name}: working")
        await asyncio.sleep(10)
        return "finished"
    except asyncio.CancelledError:
        print(f"  {name}: got CancelledError, cleaning up")
        raise
    finally:
        print(f"  {name}: finally block")


async def quick_job():
    await asyncio.sleep(0.01)
    return "quick result"


async def part1():
    print("1. asyncio.wait_for(aw, timeout)")
    print("  result in time:", await asyncio.wait_for(quick_job(), timeout=1))
    try:
        await asyncio.wait_for(slow_job("job A"), timeout=0.01)
    except TimeoutError as e:
        # In 3.11, asyncio.TimeoutError is the builtin TimeoutError.
        print("  TimeoutError, caused by", type(e.__cause__).__name__)


async def part2():
    print()
    print("2. async with asyncio.timeout(delay)")
    try:
        async with asyncio.timeout(0.01) as cm:
            await slow_job("job B")
    except TimeoutError:
        print("  the block timed out; expired() =", cm.expired())

    # The deadline can move while the block runs.
    loop = asyncio.get_running_loop()
    async with asyncio.timeout(0.01) as cm:
        cm.reschedule(loop.time() + 5)     # give it more time
        print("  rescheduled:", await quick_job())
    print("  expired() =", cm.expired())


async def part3():
    print()
    print("3. asyncio.shield(aw): time out the wait, not the work")
    gate = asyncio.get_running_loop().create_future()

    async def precious():
        await gate              # stands for work that takes a while
        return "precious result"

    task = asyncio.create_task(precious())
    try:
        await asyncio.wait_for(asyncio.shield(task), timeout=0.01)
    except TimeoutError:
        print("  timed out waiting; is the task cancelled?", task.cancelled())
    gate.set_result(None)       # the work completes later...
    print("  ...and its result is still there:", await task)


async def main():
    await part1()
    await part2()
    await part3()

asyncio.run(main())
