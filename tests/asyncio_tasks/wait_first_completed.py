# wait: FIRST_COMPLETED returns as soon as one future is done; the others keep running
import asyncio

async def work(x, d):
    await asyncio.sleep(d)
    return x

async def main():
    fast = asyncio.create_task(work("fast", 0.01))
    slow = asyncio.create_task(work("slow", 0.3))
    done, pending = await asyncio.wait({fast, slow}, return_when=asyncio.FIRST_COMPLETED)
    print([t.result() for t in done])
    print(pending == {slow}, slow.done())
    done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
    print([t.result() for t in done], pending)

asyncio.run(main())

# expect: ['fast']
# expect: True False
# expect: ['slow'] set()
