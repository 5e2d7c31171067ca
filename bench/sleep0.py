# Benchmark: 1000 tasks x 1000 `await asyncio.sleep(0)` -- a million trips
# through the event loop's ready queue.
import asyncio

TASKS = 1000
ROUNDS = 1000


async def spinner():
    n = 0
    for _ in range(ROUNDS):
        await asyncio.sleep(0)
        n += 1
    return n


async def main():
    counts = await asyncio.gather(*[spinner() for _ in range(TASKS)])
    return sum(counts)


print(asyncio.run(main()))
