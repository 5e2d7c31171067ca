# wait_for: several timeouts in a row, and the timer of a finished wait_for does not fire later
import asyncio

async def work(d, x):
    await asyncio.sleep(d)
    return x

async def main():
    results = []
    for d in (0.01, 2, 0.01):
        try:
            results.append(await asyncio.wait_for(work(d, d), 0.5))
        except TimeoutError:
            results.append("timeout")
    print(results)
    r = await asyncio.wait_for(work(0, "quick"), 0.02)
    await asyncio.sleep(0.04)
    print(r, "still fine")

asyncio.run(main())

# expect: [0.01, 'timeout', 0.01]
# expect: quick still fine
