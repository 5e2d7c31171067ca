# Awaiting a future suspends until another callback sets it; awaiting a done future does not suspend.
import asyncio
async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    loop.call_soon(print, "callback runs first")
    loop.call_soon(f.set_result, "v")
    print("awaiting")
    print("got", await f)
    print("again", await f)
asyncio.run(main())

# expect: awaiting
# expect: callback runs first
# expect: got v
# expect: again v
