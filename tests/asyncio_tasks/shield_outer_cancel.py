# shield: cancelling the task that awaits the shield leaves the inner task running
import asyncio

async def important(gate):
    await gate                  # opened by main when it chooses
    print("important: done")
    return "result"

async def caller(t):
    try:
        return await asyncio.shield(t)
    except asyncio.CancelledError:
        print("caller: cancelled")
        raise

async def main():
    gate = asyncio.get_running_loop().create_future()
    inner = asyncio.create_task(important(gate))
    c = asyncio.create_task(caller(inner))
    await asyncio.sleep(0.01)
    c.cancel()
    try:
        await c
    except asyncio.CancelledError:
        print("c cancelled:", c.cancelled(), "inner cancelled:", inner.cancelled())
    gate.set_result(None)
    print(await inner)
    gate2 = asyncio.get_running_loop().create_future()
    t2 = asyncio.create_task(important(gate2))
    s = asyncio.shield(t2)
    s.cancel()
    print("outer cancelled:", s.cancelled())
    gate2.set_result(None)
    print(await t2)

asyncio.run(main())

# expect: caller: cancelled
# expect: c cancelled: True inner cancelled: False
# expect: important: done
# expect: result
# expect: outer cancelled: True
# expect: important: done
# expect: result
