# new_event_loop() makes a fresh loop; set_event_loop() makes it the current one.
import asyncio
first = asyncio.get_event_loop()
fresh = asyncio.new_event_loop()
print(fresh is first, asyncio.get_event_loop() is first)
asyncio.set_event_loop(fresh)
print(asyncio.get_event_loop() is fresh)
async def which():
    return asyncio.get_running_loop() is fresh
print(fresh.run_until_complete(which()))
fresh.close()
first.close()
print(fresh.is_closed(), first.is_closed())

# expect: False True
# expect: True
# expect: True
# expect: True True
