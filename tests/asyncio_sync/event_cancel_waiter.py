# A task cancelled while waiting on an Event leaves the waiter list; the others still wake.
# normalize-addresses
import asyncio

async def waiter(ev, name):
    try:
        await ev.wait()
        print(name, "woke")
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise

async def main():
    ev = asyncio.Event()
    a = asyncio.create_task(waiter(ev, "a"))
    b = asyncio.create_task(waiter(ev, "b"))
    await asyncio.sleep(0)
    print(ev)
    a.cancel()
    await asyncio.sleep(0)
    print(ev)
    ev.set()
    await b
    print(a.cancelled(), b.cancelled())

asyncio.run(main())

# expect: <asyncio.locks.Event object at 0x... [unset, waiters:2]>
# expect: a cancelled
# expect: <asyncio.locks.Event object at 0x... [unset, waiters:1]>
# expect: b woke
# expect: True False
