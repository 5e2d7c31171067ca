# run_until_complete with a non-awaitable raises TypeError.
import asyncio
loop = asyncio.new_event_loop()
try:
    loop.run_until_complete(42)
except TypeError as e:
    print("TypeError:", e)
loop.close()

# expect: TypeError: An asyncio.Future, a coroutine or an awaitable is required
