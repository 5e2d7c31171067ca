# is_running inside run_until_complete, after it, and inside callbacks.
import asyncio
loop = asyncio.new_event_loop()
async def co():
    print("in coro", loop.is_running())
loop.call_soon(lambda: print("in cb", loop.is_running()))
loop.run_until_complete(co())
print("after", loop.is_running(), loop.is_closed())
loop.close()

# expect: in cb True
# expect: in coro True
# expect: after False False
