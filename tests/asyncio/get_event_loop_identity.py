# With no running loop, get_event_loop() hands back the same loop every time.
import asyncio
a = asyncio.get_event_loop()
b = asyncio.get_event_loop()
print(a is b)
print(a.is_running(), a.is_closed())
async def inside():
    return asyncio.get_event_loop() is a, asyncio.get_running_loop() is a
print(a.run_until_complete(inside()))
a.close()

# expect: True
# expect: False False
# expect: (True, True)
