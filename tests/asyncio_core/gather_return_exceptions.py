# gather(return_exceptions=True) puts exceptions (and cancellations) in the list.
import asyncio
async def ok():
    return 1
async def bad():
    raise KeyError("k")
async def slow():
    await asyncio.sleep(10)
async def main():
    s = asyncio.create_task(slow())
    asyncio.get_running_loop().call_soon(s.cancel)
    r = await asyncio.gather(ok(), bad(), s, return_exceptions=True)
    print([type(x).__name__ for x in r], r[0], repr(r[1]))
asyncio.run(main())

# expect: ['int', 'KeyError', 'CancelledError'] 1 KeyError('k')
