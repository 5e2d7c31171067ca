# Benchmark: `await` through 50 nested coroutines, 20 000 times, with nothing
# ever suspending -- the cost of entering and leaving coroutine frames.
import asyncio

DEPTH = 50
ROUNDS = 20000


async def nest(depth):
    if depth == 0:
        return 1
    return await nest(depth - 1) + 1


async def main():
    total = 0
    for _ in range(ROUNDS):
        total += await nest(DEPTH - 1)
    return total


print(asyncio.run(main()))
