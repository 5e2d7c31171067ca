# async with inside a loop, and nested async with.
import asyncio
class Lock:
    def __init__(self):
        self.held = False
    async def __aenter__(self):
        assert not self.held
        self.held = True
        return self
    async def __aexit__(self, *a):
        self.held = False
lock = Lock()
async def worker(name, steps):
    for i in range(steps):
        async with lock:
            print(name, "step", i)
        await asyncio.sleep(0)
async def main():
    await asyncio.gather(worker("a", 2), worker("b", 3))
    async with Lock() as l1:
        async with Lock() as l2:
            print(l1.held, l2.held)
asyncio.run(main())

# expect: a step 0
# expect: b step 0
# expect: a step 1
# expect: b step 1
# expect: b step 2
# expect: True True
