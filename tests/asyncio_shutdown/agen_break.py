# An async generator left with `break` (and still referenced) is closed by asyncio.run's shutdown_asyncgens after main returns.
import asyncio

async def ticker(name):
    try:
        for i in range(3):
            yield i
            await asyncio.sleep(0)
    finally:
        print("finally", name)
        await asyncio.sleep(0)
        print("closed", name)

keep = []

async def main():
    keep.append(ticker("A"))
    async for x in keep[0]:
        print("got", x)
        break
    print("after break")
    async for x in ticker("B"):
        print("B got", x)
    print("B exhausted")
    await asyncio.sleep(0)
    print("main end")
    return "result"

print(asyncio.run(main()))
print("after run")
