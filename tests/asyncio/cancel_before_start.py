# A task cancelled before it ever ran never executes its body.
import asyncio
async def body():
    print("never printed")
async def main():
    task = asyncio.create_task(body())
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("cancelled before start:", task.cancelled())
asyncio.run(main())

# expect: cancelled before start: True
