# is_running() and is_closed() through a loop's life; close() twice is allowed.
import asyncio
loop = asyncio.new_event_loop()
print(loop.is_running(), loop.is_closed())
async def check():
    return loop.is_running()
print(loop.run_until_complete(check()))
print(loop.is_running())
loop.close()
loop.close()
print(loop.is_running(), loop.is_closed())

# expect: False False
# expect: True
# expect: False
# expect: False True
