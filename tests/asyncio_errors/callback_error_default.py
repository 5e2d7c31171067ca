# An exception in a callback, with no custom handler: CPython's default handler output.
# ignore-line: python3\.11/asyncio/|self\._context\.run\(|self\._exception_handler\(self
import asyncio

def cb(a, b):
    return a / b

async def main():
    asyncio.get_running_loop().call_soon(cb, 1, 0)
    await asyncio.sleep(0)
    print('loop goes on')

asyncio.run(main())
