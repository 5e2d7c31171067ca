# Cancelling a task blocked in Lock.acquire() from outside, then using the lock normally afterwards.
import asyncio

async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    t = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0.01)
    print(t.done())
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("acquire was cancelled")
    print(lock.locked())
    lock.release()
    print(lock.locked())
    print(await lock.acquire())

asyncio.run(main())

# expect: False
# expect: acquire was cancelled
# expect: True
# expect: False
# expect: True
