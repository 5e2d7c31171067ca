# Async generators: async for, __anext__/asend, aclose, StopAsyncIteration, async comprehensions.
import asyncio
async def ticker(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i
    print("ticker done")
async def main():
    async for x in ticker(3):
        print("got", x)
    g = ticker(5)
    print(type(g).__name__, g.__name__)
    print(await g.__anext__(), await g.asend(None))
    await g.aclose()
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("stopped")
    print([x async for x in ticker(2)])
    a = g.__anext__()
    print(type(a).__name__)
asyncio.run(main())
# expect: got 0
# expect: got 1
# expect: got 2
# expect: ticker done
# expect: async_generator ticker
# expect: 0 1
# expect: stopped
# expect: ticker done
# expect: [0, 1]
# expect: async_generator_asend
