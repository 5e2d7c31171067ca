# asyncio.timeout_at: an absolute deadline in loop.time() seconds
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    deadline = loop.time() + 0.01
    cm = asyncio.timeout_at(deadline)
    print(cm.when() == deadline)
    try:
        async with cm:
            await asyncio.sleep(1)
    except TimeoutError:
        print("expired at the deadline:", cm.expired())
    async with asyncio.timeout_at(loop.time() + 1) as cm:
        await asyncio.sleep(0.01)
    print(cm.expired())
    async with asyncio.timeout_at(None) as cm:
        await asyncio.sleep(0.01)
    print(cm.when(), cm.expired())
    d = asyncio.timeout(0.5)
    print(d.when() > loop.time())

asyncio.run(main())

# expect: True
# expect: expired at the deadline: True
# expect: False
# expect: None False
# expect: True
