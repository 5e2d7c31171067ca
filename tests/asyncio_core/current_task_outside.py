# current_task() outside a running loop raises; inside a callback it is None.
import asyncio
try:
    asyncio.current_task()
except RuntimeError as e:
    print("RuntimeError:", e)
loop = asyncio.new_event_loop()
def cb():
    print("in callback", asyncio.current_task())
    loop.stop()
loop.call_soon(cb)
loop.run_forever()
async def co():
    return asyncio.current_task() is t
t = loop.create_task(co())
print(loop.run_until_complete(t))
print(asyncio.current_task(loop))
loop.close()

# expect: RuntimeError: no running event loop
# expect: in callback None
# expect: True
# expect: None
