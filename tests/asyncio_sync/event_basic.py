# Event: is_set/set/clear, wait() returns True at once when set, and blocks until set otherwise.
import asyncio

async def waiter(ev, name):
    print(name, "waiting")
    r = await ev.wait()
    print(name, "woke with", r)

async def main():
    ev = asyncio.Event()
    print(ev.is_set())
    t = asyncio.create_task(waiter(ev, "a"))
    await asyncio.sleep(0)
    print("setting")
    ev.set()
    print(ev.is_set())
    await t
    print(await ev.wait())
    ev.clear()
    print(ev.is_set())
    ev.set()
    ev.set()
    print(ev.is_set())

asyncio.run(main())

# expect: False
# expect: a waiting
# expect: setting
# expect: True
# expect: a woke with True
# expect: True
# expect: False
# expect: True
