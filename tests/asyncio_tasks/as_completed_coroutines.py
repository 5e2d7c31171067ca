# as_completed: each entry is a coroutine to await; duplicates count once
import asyncio

async def work(x, d):
    await asyncio.sleep(d)
    return x

async def main():
    t = asyncio.create_task(work("t", 0.01))
    entries = list(asyncio.as_completed([t, t]))
    print(len(entries))
    print(asyncio.iscoroutine(entries[0]))
    print(await entries[0])
    u = asyncio.create_task(work("u", 0.2))
    v = asyncio.create_task(work("v", 0.01))
    total = []
    for f in asyncio.as_completed((u, v)):
        total.append(await f)
    print(total)

asyncio.run(main())

# expect: 1
# expect: True
# expect: t
# expect: ['v', 'u']
