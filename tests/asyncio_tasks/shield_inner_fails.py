# shield: an exception or a cancellation of the inner task reaches the shield
import asyncio

async def fails():
    await asyncio.sleep(0.01)
    raise KeyError("inner")

async def sleeper():
    await asyncio.sleep(1)

async def main():
    try:
        await asyncio.shield(fails())
    except KeyError as e:
        print("KeyError", e)
    t = asyncio.create_task(sleeper())
    s = asyncio.shield(t)
    asyncio.get_running_loop().call_later(0.01, t.cancel)
    try:
        await s
    except asyncio.CancelledError:
        print("shield cancelled too:", s.cancelled(), t.cancelled())

asyncio.run(main())

# expect: KeyError 'inner'
# expect: shield cancelled too: True True
