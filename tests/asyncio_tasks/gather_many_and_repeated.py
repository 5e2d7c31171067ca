# gather() of hundreds of awaitables, some repeated: each distinct one runs once and results come back in argument order.
import asyncio

runs = 0

async def job(i):
    global runs
    runs += 1
    await asyncio.sleep(0)
    return i

async def main():
    global runs
    coros = [job(i) for i in range(500)]
    results = await asyncio.gather(*coros)
    print(len(results), results[:3], results[-1], runs)
    runs = 0
    a, b = job("a"), job("b")
    print(await asyncio.gather(a, b, a, a, b), runs)
    t = asyncio.ensure_future(job("t"))
    print(await asyncio.gather(t, 1 if False else t), runs)
    f = asyncio.get_running_loop().create_future()
    f.set_result("f")
    print(await asyncio.gather(f, f, f))

asyncio.run(main())
# expect: 500 [0, 1, 2] 499 500
# expect: ['a', 'b', 'a', 'a', 'b'] 2
# expect: ['t', 't'] 3
# expect: ['f', 'f', 'f']
