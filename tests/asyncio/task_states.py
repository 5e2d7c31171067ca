# done()/result()/exception() of pending, finished and failed tasks.
import asyncio
async def value():
    await asyncio.sleep(0)
    return 7
async def error():
    await asyncio.sleep(0)
    raise KeyError("k")
async def main():
    t = asyncio.create_task(value())
    print(t.done(), t.cancelled())
    try:
        t.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    await t
    print(t.done(), t.result(), t.exception())
    u = asyncio.create_task(error())
    try:
        await u
    except KeyError as e:
        print("await raised", repr(e))
    print(u.done(), u.cancelled(), repr(u.exception()))
asyncio.run(main())

# expect: False False
# expect: InvalidStateError: Result is not set.
# expect: True 7 None
# expect: await raised KeyError('k')
# expect: True False KeyError('k')
