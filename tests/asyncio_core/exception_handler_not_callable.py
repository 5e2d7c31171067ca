# set_exception_handler with a non-callable raises TypeError.
import asyncio
loop = asyncio.new_event_loop()
try:
    loop.set_exception_handler(42)
except TypeError as e:
    print("TypeError:", e)
loop.close()

# expect: TypeError: A callable object or None is expected, got 42
