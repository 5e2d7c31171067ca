# Event.set wakes every waiter, in the order they started waiting.
import asyncio

async def waiter(ev, name):
    await ev.wait()
    print("woke", name)

async def main():
    ev = asyncio.Event()
    tasks = [asyncio.create_task(waiter(ev, n)) for n in "cab"]
    await asyncio.sleep(0)
    print("before set")
    ev.set()
    print("after set")
    await asyncio.gather(*tasks)
    print("done")

asyncio.run(main())

# expect: before set
# expect: after set
# expect: woke c
# expect: woke a
# expect: woke b
# expect: done
