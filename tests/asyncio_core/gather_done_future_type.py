# gather returns a future (not a task); awaiting it gives a list.
import asyncio
async def one():
    return 1
async def main():
    g = asyncio.gather(one())
    print(type(g).__name__, asyncio.isfuture(g), isinstance(g, asyncio.Task))
    print(await g, g.done())
asyncio.run(main())

# expect: _GatheringFuture True False
# expect: [1] True
