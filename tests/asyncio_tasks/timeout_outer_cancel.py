# asyncio.timeout: a cancellation from outside stays CancelledError, not TimeoutError
import asyncio

async def worker():
    try:
        async with asyncio.timeout(1) as cm:
            await asyncio.sleep(1)
    except TimeoutError:
        print("not a timeout")
    except asyncio.CancelledError:
        print("worker: CancelledError, expired:", cm.expired())
        raise

async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("main: worker cancelled", t.cancelled())

asyncio.run(main())

# expect: worker: CancelledError, expired: False
# expect: main: worker cancelled True
