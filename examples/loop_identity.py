# There is one "current" event loop per thread.
#
# Outside of any running loop, asyncio.get_event_loop() hands back the
# current loop, creating it the first time; asking twice gives the very
# same object.  Inside a coroutine, get_running_loop() returns the loop
# that is running it -- here, that same loop again.

import asyncio

loop = asyncio.get_event_loop()
again = asyncio.get_event_loop()
print("get_event_loop() twice gives the same loop:", loop is again)


async def which_loop():
    return asyncio.get_running_loop()


running = loop.run_until_complete(which_loop())
print("the loop running our coroutine is that loop too:", running is loop)
loop.close()
