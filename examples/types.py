# Coroutine functions and coroutine objects are different things.
#
# `async def f` makes an ordinary function object.  Calling it returns a
# coroutine object, and that object is what gets awaited, sent into, or
# handed to the event loop.  Forgetting the call (`await f` instead of
# `await f()`) is a classic mistake.

import asyncio


async def f():
    return 1


print("type(f)   is", type(f))
coro = f()
print("type(f()) is", type(coro))
print("asyncio.iscoroutinefunction(f):", asyncio.iscoroutinefunction(f))
print("asyncio.iscoroutine(f()):", asyncio.iscoroutine(coro))
print("asyncio.iscoroutine(f):", asyncio.iscoroutine(f))
coro.close()                     # we never ran it; close it so Python does not warn
