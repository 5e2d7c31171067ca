# Event repr shows [unset]/[set] and the number of waiters; type() is asyncio.locks.Event.
# normalize-addresses
import asyncio

async def main():
    ev = asyncio.Event()
    print(repr(ev))
    print(type(ev), type(ev).__name__, type(ev).__module__)
    t1 = asyncio.create_task(ev.wait())
    t2 = asyncio.create_task(ev.wait())
    await asyncio.sleep(0)
    print(ev)
    ev.set()
    print(ev)
    await asyncio.sleep(0)
    print(ev)
    print(t1.result(), t2.result())

asyncio.run(main())

# expect: <asyncio.locks.Event object at 0x... [unset]>
# expect: <class 'asyncio.locks.Event'> Event asyncio.locks
# expect: <asyncio.locks.Event object at 0x... [unset, waiters:2]>
# expect: <asyncio.locks.Event object at 0x... [set, waiters:2]>
# expect: <asyncio.locks.Event object at 0x... [set]>
# expect: True True
