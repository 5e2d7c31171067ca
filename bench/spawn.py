# Benchmark: 100 000 tasks each awaiting sleep(0.01), then gather -- the memory
# of a suspended task.  `spawn.py N` runs N tasks instead (bench/run.py runs it
# with 0 too, to subtract the interpreter's own footprint).
import asyncio
import sys

TASKS = int(sys.argv[1]) if len(sys.argv) > 1 else 100000


async def sleeper(i):
    await asyncio.sleep(0.01)
    return i


async def main():
    results = await asyncio.gather(*[sleeper(i) for i in range(TASKS)])
    return sum(results)


print(asyncio.run(main()))
