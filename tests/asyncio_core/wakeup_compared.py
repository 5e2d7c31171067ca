# A task's wakeup, as remove_done_callback's __eq__ sees it.
import asyncio

class E:
    def __eq__(self, other):
        print("compared with", getattr(other, "__qualname__", None))
        return False

async def main():
    global T
    loop = asyncio.get_running_loop()
    g = loop.create_future()
    async def waiter():
        return await g
    T = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    print(g.remove_done_callback(E()))
    print(g)
    g.set_result(1)
    print(await T)

asyncio.run(main())

# expect: compared with Task.task_wakeup
# expect: 0
# expect: <Future pending cb=[Task.task_wakeup()]>
# expect: 1
