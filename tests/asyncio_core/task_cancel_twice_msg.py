# Two cancel(msg) calls before the task runs: which message reaches it.
import asyncio
async def body():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print("body sees", e.args)
        raise
async def main():
    t = asyncio.create_task(body())
    await asyncio.sleep(0)
    print(t.cancel("first"), t.cancel("second"))
    try:
        await t
    except asyncio.CancelledError as e:
        print("main sees", e.args)
asyncio.run(main())

# expect: True True
# expect: body sees ('first',)
# expect: main sees ('first',)
