# An exception in one gathered coroutine propagates out of gather.
import asyncio
async def ok():
    await asyncio.sleep(0)
    return 1
async def bad():
    await asyncio.sleep(0)
    raise ValueError("task failed")
async def main():
    try:
        await asyncio.gather(ok(), bad())
    except ValueError as e:
        print("caught", e)
    print(await asyncio.gather(ok(), bad(), return_exceptions=True))
asyncio.run(main())

# expect: caught task failed
# expect: [1, ValueError('task failed')]
