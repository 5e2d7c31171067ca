# A task nobody refers to any more (its wakeup removed from the future it
# waited for, then cancelled) is gone when asyncio.run shuts down, as
# CPython's reference counting frees it when main() returns: reported as
# destroyed while pending, its coroutine closed -- and no endless wait for it.
import asyncio

class Any:
    def __eq__(self, other):
        return True

async def main():
    loop = asyncio.get_running_loop()
    g = loop.create_future()
    async def waiter():
        try:
            return await g
        finally:
            print("waiter finally")
    t = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    print(g.remove_done_callback(Any()))
    t.cancel()
    await asyncio.sleep(0)
    print(t.done(), g.cancelled(), len(asyncio.all_tasks()))

asyncio.run(main())
print("end")
