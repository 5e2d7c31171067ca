# new_event_loop returns distinct, not running, not closed loops.
import asyncio
a = asyncio.new_event_loop()
b = asyncio.new_event_loop()
print(a is b, a.is_running(), a.is_closed())
print(isinstance(a, asyncio.AbstractEventLoop))
a.close()
print(a.is_closed(), b.is_closed())
b.close()

# expect: False False False
# expect: True
# expect: True False
