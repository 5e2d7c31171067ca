# notify(n) with n larger than the number of waiters wakes them all; notify(0) wakes none.
import asyncio

async def waiter(name, cond):
    async with cond:
        await cond.wait()
        print(name, "woke")

async def main():
    cond = asyncio.Condition()
    ts = [asyncio.create_task(waiter(n, cond)) for n in "ab"]
    await asyncio.sleep(0)
    async with cond:
        cond.notify(0)
    await asyncio.sleep(0.01)
    print("after notify(0):", [t.done() for t in ts])
    async with cond:
        cond.notify(10)
    await asyncio.gather(*ts)

asyncio.run(main())

# expect: after notify(0): [False, False]
# expect: a woke
# expect: b woke
