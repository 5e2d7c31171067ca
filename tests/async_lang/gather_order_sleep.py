# gather returns results in argument order even when tasks finish in another order.
import asyncio
async def job(name, delay):
    await asyncio.sleep(delay)
    print("finished", name)
    return name.upper()
async def main():
    r = await asyncio.gather(job("slow", 0.03), job("fast", 0.01), job("mid", 0.02))
    print(r)
asyncio.run(main())

# expect: finished fast
# expect: finished mid
# expect: finished slow
# expect: ['SLOW', 'FAST', 'MID']
