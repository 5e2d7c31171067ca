# A Semaphore(2) lets at most two workers run at once; the others wait in order.
import asyncio

running = 0

async def job(name, sem):
    global running
    async with sem:
        running += 1
        print(name, "start, running", running)
        for _ in range(3):      # work that takes a few turns of the loop
            await asyncio.sleep(0)
        running -= 1
        print(name, "end")

async def main():
    sem = asyncio.Semaphore(2)
    await asyncio.gather(*(job(f"job{i}", sem) for i in range(5)))
    print("running", running)

asyncio.run(main())

# expect: job0 start, running 1
# expect: job1 start, running 2
# expect: job0 end
# expect: job1 end
# expect: job2 start, running 1
# expect: job3 start, running 2
# expect: job2 end
# expect: job3 end
# expect: job4 start, running 1
# expect: job4 end
# expect: running 0
