# gather with the same future twice: one result slot per argument.
import asyncio
async def one():
    return 1
async def main():
    t = asyncio.ensure_future(one())
    print(await asyncio.gather(t, t, one()))
asyncio.run(main())

# expect: [1, 1, 1]
