# gather returns results in argument order, not completion order.
import asyncio
async def w(name, delay):
    await asyncio.sleep(delay)
    print("finished", name)
    return name
async def main():
    print(await asyncio.gather(w("slow", 0.1), w("fast", 0), w("mid", 0.05)))
    print(await asyncio.gather())
asyncio.run(main())

# expect: finished fast
# expect: finished mid
# expect: finished slow
# expect: ['slow', 'fast', 'mid']
# expect: []
