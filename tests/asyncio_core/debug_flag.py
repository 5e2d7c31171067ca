# get_debug/set_debug round trip.
import asyncio
loop = asyncio.new_event_loop()
print(loop.get_debug())
loop.set_debug(True)
print(loop.get_debug())
loop.set_debug(False)
print(loop.get_debug())
loop.close()

# expect: False
# expect: True
# expect: False
