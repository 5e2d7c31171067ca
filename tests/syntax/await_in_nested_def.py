# A plain def nested in an async def is still not async.
# expect error: SyntaxError: 'await' outside async function
# expect error line: 7
import asyncio
async def outer():
    def inner():
        await asyncio.sleep(0)
    return inner
