# A custom exception handler that raises: the default handler logs 'Unhandled error in exception handler'.
# ignore-line: python3\.11/asyncio/|self\._context\.run\(|self\._exception_handler\(self
import asyncio

def handler(loop, context):
    raise RuntimeError('handler broke')

def cb():
    raise ValueError('in callback')

async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    loop.call_soon(cb)
    await asyncio.sleep(0)
    print('still running')

asyncio.run(main())
