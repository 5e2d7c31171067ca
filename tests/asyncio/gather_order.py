# gather returns results in argument order, whatever order they finish in.
import asyncio
async def job(name, delay):
    await asyncio.sleep(delay)
    print("finished", name)
    return name.upper()
async def main():
    results = await asyncio.gather(job("a", 0.03), job("b", 0.01), job("c", 0.02))
    print(results, type(results).__name__)
    print(await asyncio.gather())
asyncio.run(main())

# expect: finished b
# expect: finished c
# expect: finished a
# expect: ['A', 'B', 'C'] list
# expect: []
