# wait_for on a plain Future: the timeout cancels the Future
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    try:
        await asyncio.wait_for(f, 0.01)
    except TimeoutError:
        print("timeout", f.cancelled())
    g = loop.create_future()
    loop.call_later(0.01, g.set_result, 42)
    print(await asyncio.wait_for(g, 0.5))
    h = loop.create_future()
    loop.call_soon(h.cancel)
    try:
        await asyncio.wait_for(h, 0.5)
    except asyncio.CancelledError:
        print("the future itself was cancelled")

asyncio.run(main())

# expect: timeout True
# expect: 42
# expect: the future itself was cancelled
