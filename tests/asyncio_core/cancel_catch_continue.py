# A task that catches CancelledError keeps running and returns a value.
import asyncio
async def stubborn():
    for i in range(3):
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            print("ignored cancel", i)
    return "finished"
async def main():
    t = asyncio.create_task(stubborn())
    for _ in range(3):
        await asyncio.sleep(0)
        t.cancel()
    print(await t, t.cancelled())
asyncio.run(main())

# expect: ignored cancel 0
# expect: ignored cancel 1
# expect: ignored cancel 2
# expect: finished False
