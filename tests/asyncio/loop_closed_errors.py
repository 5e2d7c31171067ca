# A closed loop refuses to run or schedule anything.
import asyncio
loop = asyncio.new_event_loop()
loop.close()
async def f():
    return 1
c = f()
try:
    loop.run_until_complete(c)
except RuntimeError as e:
    print(e)
c.close()
try:
    loop.call_soon(print, "x")
except RuntimeError as e:
    print(e)
c = f()
try:
    loop.create_task(c)
except RuntimeError as e:
    print(e)
c.close()

# expect: Event loop is closed
# expect: Event loop is closed
# expect: Event loop is closed
