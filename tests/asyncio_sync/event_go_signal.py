# A start signal: several workers wait on one Event, then run interleaved.
import asyncio

async def runner(name, go):
    print(name, "ready")
    await go.wait()
    for step in range(2):
        print(name, "step", step)
        await asyncio.sleep(0)

async def main():
    go = asyncio.Event()
    tasks = [asyncio.create_task(runner(n, go)) for n in ("x", "y", "z")]
    await asyncio.sleep(0.01)
    print("go!")
    go.set()
    await asyncio.gather(*tasks)

asyncio.run(main())

# expect: x ready
# expect: y ready
# expect: z ready
# expect: go!
# expect: x step 0
# expect: y step 0
# expect: z step 0
# expect: x step 1
# expect: y step 1
# expect: z step 1
