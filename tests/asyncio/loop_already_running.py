# A running loop cannot be started again from inside itself.
import asyncio
async def f():
    return 1
async def main():
    loop = asyncio.get_running_loop()
    c = f()
    try:
        loop.run_until_complete(c)
    except RuntimeError as e:
        print(e)
    c.close()
    c = f()
    try:
        asyncio.run(c)
    except RuntimeError as e:
        print(e)
    c.close()
asyncio.run(main())

# expect: This event loop is already running
# expect: asyncio.run() cannot be called from a running event loop
