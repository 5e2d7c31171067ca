# The virtual clock jumps from deadline to deadline: call_later callbacks run in deadline order
# at exactly their times; equal deadlines run in the order they were scheduled.
# orrery-only: the virtual clock is an orrery extension
# orrery-flags: --virtual-clock
import asyncio

async def ticker(name, period, n):
    loop = asyncio.get_running_loop()
    for _ in range(n):
        await asyncio.sleep(period)
        print(name, loop.time())

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    loop.call_later(2.5, lambda: print('timer', loop.time() - start))
    await asyncio.gather(ticker('a', 1, 3), ticker('b', 1.5, 2))

asyncio.run(main())
# expect: a 1.0
# expect: b 1.5
# expect: a 2.0
# expect: timer 2.5
# expect: b 3.0
# expect: a 3.0
