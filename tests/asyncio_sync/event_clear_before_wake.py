# set() then clear() before the waiter runs: the waiter still wakes (its future is done).
import asyncio

async def waiter(ev):
    print("waiting")
    await ev.wait()
    print("woke; is_set =", ev.is_set())

async def main():
    ev = asyncio.Event()
    t = asyncio.create_task(waiter(ev))
    await asyncio.sleep(0)
    ev.set()
    ev.clear()
    await t
    t2 = asyncio.create_task(waiter(ev))
    await asyncio.sleep(0.01)
    print("still waiting:", not t2.done())
    ev.set()
    await t2

asyncio.run(main())

# expect: waiting
# expect: woke; is_set = False
# expect: waiting
# expect: still waiting: True
# expect: woke; is_set = True
