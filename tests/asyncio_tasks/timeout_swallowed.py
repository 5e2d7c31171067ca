# asyncio.timeout: a block that swallows its CancelledError ends normally, but expired() is True
import asyncio

async def main():
    async with asyncio.timeout(0.01) as cm:
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("swallowed")
    print("after the block:", cm.expired(), repr(cm))
    print(asyncio.current_task().cancelling())
    try:
        async with asyncio.timeout(0.01) as cm:
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                raise ValueError("replaced")
    except ValueError as e:
        print("ValueError", e, cm.expired())

asyncio.run(main())

# expect: swallowed
# expect: after the block: True <Timeout [expired]>
# expect: 0
# expect: ValueError replaced True
