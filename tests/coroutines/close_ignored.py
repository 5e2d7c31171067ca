# A coroutine that swallows GeneratorExit and suspends again makes close() fail.
import asyncio
async def stubborn():
    try:
        await asyncio.sleep(0)
    except GeneratorExit:
        print("ignoring GeneratorExit")
    await asyncio.sleep(0)
c = stubborn()
c.send(None)
try:
    c.close()
except RuntimeError as e:
    print(e)

# expect: ignoring GeneratorExit
# expect: coroutine ignored GeneratorExit
