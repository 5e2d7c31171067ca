# Cancellation runs the task's finally blocks, then the task ends cancelled.
import asyncio
async def worker():
    try:
        await asyncio.sleep(10)
    finally:
        print("worker finally")
async def main():
    task = asyncio.create_task(worker())
    await asyncio.sleep(0)
    task.cancel()
    await asyncio.sleep(0)
    print(task.done(), task.cancelled())
asyncio.run(main())

# expect: worker finally
# expect: True True
