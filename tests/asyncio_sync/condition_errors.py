# Condition.notify and wait without holding the lock raise RuntimeError.
import asyncio

async def main():
    cond = asyncio.Condition()
    try:
        await cond.wait()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        cond.notify_all()
    except RuntimeError as e:
        print("RuntimeError:", e)
    cond.notify()

asyncio.run(main())
# expect runtime error: RuntimeError: cannot notify on un-acquired lock

# expect: RuntimeError: cannot wait on un-acquired lock
# expect: RuntimeError: cannot notify on un-acquired lock
