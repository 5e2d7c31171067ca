# run_until_complete on a task that gets cancelled raises CancelledError.
import asyncio
async def sl():
    await asyncio.sleep(10)
loop = asyncio.new_event_loop()
t = loop.create_task(sl())
loop.call_soon(t.cancel)
try:
    loop.run_until_complete(t)
except asyncio.CancelledError as e:
    print("CancelledError", e.args)
print(t.cancelled())
loop.close()

# expect: CancelledError ()
# expect: True
