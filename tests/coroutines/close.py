# close() raises GeneratorExit at the suspension point, running finally blocks.
import asyncio
async def held():
    try:
        await asyncio.sleep(0)
    finally:
        print("finally ran on close")
c = held()
c.send(None)
c.close()
print("closed")
c.close()
print("closing twice is fine")
try:
    c.send(None)
except RuntimeError as e:
    print(e)
async def catches():
    try:
        await asyncio.sleep(0)
    except GeneratorExit:
        print("saw GeneratorExit")
        raise
d = catches()
d.send(None)
d.close()

# expect: finally ran on close
# expect: closed
# expect: closing twice is fine
# expect: cannot reuse already awaited coroutine
# expect: saw GeneratorExit
