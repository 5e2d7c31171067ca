# set_exception_handler / get_exception_handler / call_exception_handler / default_exception_handler,
# and errors in callbacks going through the custom handler with CPython's context keys.
import asyncio

def handler(loop, context):
    print('handler:', sorted(context), context['message'])
    print('  exception:', repr(context.get('exception')))

def bad(x):
    raise ZeroDivisionError(x)

async def failing():
    raise OSError('disk')

async def main():
    loop = asyncio.get_running_loop()
    print(loop.get_exception_handler())
    try:
        loop.set_exception_handler(1)
    except TypeError as e:
        print(e)
    loop.set_exception_handler(handler)
    print(loop.get_exception_handler() is handler)
    loop.call_soon(bad, 5)
    await asyncio.sleep(0)
    loop.call_exception_handler({'message': 'hello'})
    fut = loop.create_future()
    fut.set_exception(KeyError('k'))
    del fut
    t = asyncio.create_task(failing())
    await asyncio.sleep(0)
    del t

asyncio.run(main())
loop2 = asyncio.new_event_loop()
print(loop2.get_exception_handler())
loop2.call_exception_handler({'message': 'default', 'extra': [1, 2], 'a': 'b'})
loop2.default_exception_handler({})
loop2.close()
print('end')
