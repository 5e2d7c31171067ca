# After gather raised the first exception, cancelling it returns False and leaves children alone.
import asyncio
async def bad():
    raise KeyError("x")
async def slow():
    await asyncio.sleep(0.05)
    return "slow done"
async def main():
    s = asyncio.ensure_future(slow())
    g = asyncio.gather(bad(), s)
    try:
        await g
    except KeyError as e:
        print("caught", repr(e))
    print(g.done(), g.cancel(), s.cancelled())
    print(await s)
asyncio.run(main())

# expect: caught KeyError('x')
# expect: True False False
# expect: slow done
