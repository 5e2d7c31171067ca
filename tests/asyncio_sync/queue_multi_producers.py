# Several producers blocked on a full Queue are let in one at a time, in the order they blocked.
import asyncio

async def producer(name, q):
    for i in range(2):
        await q.put(f"{name}{i}")
        print(name, "put", i)

async def main():
    q = asyncio.Queue(1)
    ps = [asyncio.create_task(producer(n, q)) for n in "abc"]
    await asyncio.sleep(0)
    got = []
    for _ in range(6):
        got.append(await q.get())
        print("main got", got[-1])
    await asyncio.gather(*ps)
    print(got)

asyncio.run(main())

# expect: a put 0
# expect: main got a0
# expect: a put 1
# expect: main got a1
# expect: b put 0
# expect: main got b0
# expect: c put 0
# expect: main got c0
# expect: b put 1
# expect: main got b1
# expect: c put 1
# expect: main got c1
# expect: ['a0', 'a1', 'b0', 'c0', 'b1', 'c1']
