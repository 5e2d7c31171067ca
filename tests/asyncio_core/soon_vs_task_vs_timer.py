# Ordering of call_soon callbacks, task steps and timers.
import asyncio
async def worker(name):
    print(name, "step 1")
    await asyncio.sleep(0)
    print(name, "step 2")
async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0, print, "timer 0")
    loop.call_soon(print, "soon A")
    t = asyncio.create_task(worker("T"))
    loop.call_soon(print, "soon B")
    await asyncio.sleep(0)
    print("main after sleep 0")
    await asyncio.sleep(0)
    print("main after second sleep 0")
    await t
    await asyncio.sleep(0.05)
    print("done")
asyncio.run(main())

# expect: soon A
# expect: T step 1
# expect: soon B
# expect: main after sleep 0
# expect: timer 0
# expect: T step 2
# expect: main after second sleep 0
# expect: done
