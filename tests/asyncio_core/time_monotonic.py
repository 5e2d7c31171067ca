# loop.time() never goes backwards and advances across a sleep.
import asyncio
async def main():
    loop = asyncio.get_running_loop()
    a = loop.time()
    b = loop.time()
    await asyncio.sleep(0.05)
    c = loop.time()
    print(type(a).__name__, a <= b, c - a >= 0.04, c - a < 5)
asyncio.run(main())

# expect: float True True True
