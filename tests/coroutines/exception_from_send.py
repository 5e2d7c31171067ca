# An exception inside the coroutine comes out of send(); the coroutine is then finished.
import asyncio
async def broken():
    await asyncio.sleep(0)
    return 1 / 0
c = broken()
c.send(None)
try:
    c.send(None)
except ZeroDivisionError as e:
    print("send raised", type(e).__name__, e)
try:
    c.send(None)
except RuntimeError as e:
    print(e)

# expect: send raised ZeroDivisionError division by zero
# expect: cannot reuse already awaited coroutine
