# TaskGroup: structured concurrency in asyncio (Python 3.11).
#
# A TaskGroup is an `async with` block that owns the tasks created through
# it.  Three promises make it safer than loose create_task() calls:
#
#   1. The block does not end until every task of the group is done.
#   2. If a task fails, the group cancels all the other tasks (and the
#      body of the block), so nothing is left running in the background.
#   3. The errors are not lost: they come out together, as one
#      ExceptionGroup, whose .exceptions holds each of them.
#
# Every delay below is chosen so that the order of events never depends
# on how fast the machine is: the output is the same on every run.

import asyncio


async def fetch(name, seconds):
    # Pretend to download something.
    print(f"  {name}: started")
    await asyncio.sleep(seconds)
    print(f"  {name}: finished")
    return f"<{name} data>"


async def broken(name, seconds):
    await asyncio.sleep(seconds)
    print(f"  {name}: fails now")
    raise ConnectionError(f"{name} is unreachable")


async def patient(name):
    # A task that would run for a long time, unless it is cancelled.
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print(f"  {name}: cancelled by the group, cleaning up")
        raise           # always let CancelledError go on


async def part1():
    print("Part 1: all tasks succeed")
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(fetch("weather", 0.2))
        b = tg.create_task(fetch("news", 0.01))
        # The tasks have not started yet: they run when this body awaits,
        # or when the block ends and the group waits for them.
        print("  body: two tasks created, leaving the block")
    # Promise 1: here both tasks are done.
    print("  after the block:", a.result(), b.result())


async def part2():
    print()
    print("Part 2: one task fails")
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(patient("upload"))
            tg.create_task(broken("database", 0.01))
            print("  body: waiting...")
            await asyncio.sleep(10)      # cancelled too (promise 2)
            print("  body: never printed")
    except ExceptionGroup as eg:
        # Python 3.11 would let us write `except* ConnectionError`; here
        # we catch the group and look inside it.
        print("  caught:", eg)
        for exc in eg.exceptions:
            print("   -", type(exc).__name__ + ":", exc)
    # The group cancelled our task to interrupt the body, and took that
    # cancellation back when the block ended: we can go on awaiting.
    await asyncio.sleep(0.01)
    print("  main task continues normally")


async def part3():
    print()
    print("Part 3: an error in the body itself")
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(patient("backup"))
            await asyncio.sleep(0)       # let the task start
            raise ValueError("bad input in the body")
    except ExceptionGroup as eg:
        print("  caught:", repr(eg.exceptions[0]))


async def main():
    await part1()
    await part2()
    await part3()

asyncio.run(main())
