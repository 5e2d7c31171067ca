# gather cancelled with a message while children run.
import asyncio
async def child():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print("child sees", e.args)
        raise
async def main():
    g = asyncio.gather(child())
    await asyncio.sleep(0)
    g.cancel(msg="bye")
    try:
        await g
    except asyncio.CancelledError as e:
        print("gather", type(e).__name__)
asyncio.run(main())

# expect: child sees ('bye',)
# expect: gather CancelledError
