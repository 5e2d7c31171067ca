# shield + try/except CancelledError: the caller ignores its cancellation and gets the result later
import asyncio

async def job():
    await asyncio.sleep(0.2)
    return 99

async def caller():
    t = asyncio.create_task(job())
    try:
        return await asyncio.shield(t)
    except asyncio.CancelledError:
        print("cancel ignored, waiting for the job")
        return await t

async def main():
    c = asyncio.create_task(caller())
    await asyncio.sleep(0.005)
    c.cancel()
    print(await c)

asyncio.run(main())

# expect: cancel ignored, waiting for the job
# expect: 99
