# asyncio.run with a non-coroutine raises ValueError.
# normalize-addresses
import asyncio
async def f():
    pass
for arg in (42, f, None):
    try:
        asyncio.run(arg)
    except ValueError as e:
        print("ValueError:", e)

# expect: ValueError: a coroutine was expected, got 42
# expect: ValueError: a coroutine was expected, got <function f at 0x7ff41c165bc0>
# expect: ValueError: a coroutine was expected, got None
