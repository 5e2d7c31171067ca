# Without return_exceptions the first exception propagates; the others keep running.
import asyncio
async def bad():
    await asyncio.sleep(0)
    raise ValueError("first")
async def later():
    await asyncio.sleep(0.05)
    print("later still ran")
    return "L"
async def main():
    t = asyncio.ensure_future(later())
    try:
        await asyncio.gather(bad(), t)
    except ValueError as e:
        print("caught", e)
    print(t.done())
    print(await t)
asyncio.run(main())

# expect: caught first
# expect: False
# expect: later still ran
# expect: L
