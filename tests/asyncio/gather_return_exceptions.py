# With return_exceptions=True, gather puts exceptions in the result list.
import asyncio
async def ok(v):
    await asyncio.sleep(0.01)
    return v
async def bad(msg):
    await asyncio.sleep(0)
    raise ValueError(msg)
async def main():
    results = await asyncio.gather(ok(1), bad("first"), ok(2), bad("second"), return_exceptions=True)
    for r in results:
        print(type(r).__name__, r)
asyncio.run(main())

# expect: int 1
# expect: ValueError first
# expect: int 2
# expect: ValueError second
