# Releasing a Lock that is not held raises RuntimeError.
import asyncio

async def main():
    lock = asyncio.Lock()
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
    await lock.acquire()
    lock.release()
    lock.release()

asyncio.run(main())
# expect runtime error: RuntimeError: Lock is not acquired.

# expect: RuntimeError: Lock is not acquired.
