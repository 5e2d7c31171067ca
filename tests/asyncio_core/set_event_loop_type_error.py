# set_event_loop with a non-loop raises TypeError.
import asyncio
try:
    asyncio.set_event_loop(42)
except TypeError as e:
    print("TypeError:", e)

# expect: TypeError: loop must be an instance of AbstractEventLoop or None, not 'int'
