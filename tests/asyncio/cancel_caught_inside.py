# A task may catch CancelledError, clean up and return normally.
import asyncio
async def careful():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("cleaning up after cancel")
        await asyncio.sleep(0)
        return "finished anyway"
async def main():
    task = asyncio.create_task(careful())
    await asyncio.sleep(0)
    task.cancel()
    print(await task)
    print("cancelled?", task.cancelled(), "done?", task.done())
asyncio.run(main())

# expect: cleaning up after cancel
# expect: finished anyway
# expect: cancelled? False done? True
