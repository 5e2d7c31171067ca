# The loop repr shows running, closed and debug.
# normalize-addresses
import asyncio
loop = asyncio.new_event_loop()
print(repr(loop))
async def show():
    print(repr(loop))
loop.run_until_complete(show())
loop.close()
print(repr(loop))

# expect: <_UnixSelectorEventLoop running=False closed=False debug=False>
# expect: <_UnixSelectorEventLoop running=True closed=False debug=False>
# expect: <_UnixSelectorEventLoop running=False closed=True debug=False>
