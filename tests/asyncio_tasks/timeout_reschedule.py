# Timeout.reschedule: move the deadline, remove it with None, or set it in the past
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    async with asyncio.timeout(0.01) as cm:
        cm.reschedule(loop.time() + 1)
        await asyncio.sleep(0.03)
    print("extended:", cm.expired())
    async with asyncio.timeout(0.01) as cm:
        cm.reschedule(None)
        print(cm.when())
        await asyncio.sleep(0.03)
    print("removed:", cm.expired())
    try:
        async with asyncio.timeout(None) as cm:
            cm.reschedule(loop.time() - 1)
            await asyncio.sleep(0)
            print("never")
    except TimeoutError:
        print("past deadline:", cm.expired())
    try:
        async with asyncio.timeout(1) as cm:
            cm.reschedule(loop.time() + 0.01)
            await asyncio.sleep(1)
    except TimeoutError:
        print("shortened:", cm.expired())

asyncio.run(main())

# expect: extended: False
# expect: None
# expect: removed: False
# expect: past deadline: True
# expect: shortened: True
