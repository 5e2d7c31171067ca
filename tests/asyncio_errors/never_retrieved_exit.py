# A failed task still referenced by a global is reported at interpreter exit.
# exit: 0
import asyncio

async def f():
    raise ValueError('x')

loop = asyncio.new_event_loop()
t = loop.create_task(f())
loop.run_until_complete(asyncio.sleep(0.01))
print('end of script')
