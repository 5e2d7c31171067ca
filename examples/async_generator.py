# async_generator.py -- a pipeline of async generators, told step by step.
#
# An async generator is an `async def` with `yield`: it may `await` between
# values. `async for x in agen` asks for each value with
# `await agen.__anext__()` until StopAsyncIteration. By hand you can also:
#   * `await agen.asend(v)`  -- resume it; the paused `yield` evaluates to v
#   * `await agen.aclose()`  -- throw GeneratorExit in at the paused `yield`,
#                              so its `finally:` blocks run now.
#
# `await asyncio.sleep(0)` lets other tasks run without real waiting, so the
# output is the same on every run.
import asyncio


async def readings(n):
    """The source: n sensor readings, produced one at a time."""
    try:
        for i in range(n):
            await asyncio.sleep(0)      # pretend to wait for the sensor
            print(f"  source: reading {i}")
            yield i * 10
    finally:
        print("  source: finished, sensor off")


async def smooth(source):
    """A stage: averages each value with the previous one."""
    previous = None
    async for value in source:
        if previous is not None:
            yield (previous + value) / 2
        previous = value


async def thermostat():
    """A two-way generator: asend() gives it a new target temperature."""
    target = 20
    try:
        while True:
            new = yield f"target is {target}"
            if new is not None:
                target = new
    finally:
        print("  thermostat: switched off")


async def main():
    print("1. a pipeline: readings -> smooth -> async for")
    async for avg in smooth(readings(4)):
        print("  main got", avg)

    print("2. asend(): talking to a generator")
    t = thermostat()
    print(" ", await t.asend(None))     # the first asend must be None: it starts it
    print(" ", await t.asend(23))
    print(" ", await t.__anext__())     # __anext__() is asend(None)
    print("3. aclose(): stop it early; its finally runs now")
    await t.aclose()
    try:
        await t.__anext__()
    except StopAsyncIteration:
        print("  after aclose, it is exhausted")

    print("4. leaving an async for early")
    source = readings(100)
    async for value in source:
        if value >= 20:
            break
    print("  broke out at", value, "- the source is only paused...")
    await source.aclose()
    print("  ...until aclose() finished it")


asyncio.run(main())
