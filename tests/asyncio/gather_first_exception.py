# Without return_exceptions, gather raises the first exception; other tasks keep running.
import asyncio
async def slow():
    await asyncio.sleep(0.3)   # far after failing(), even on a loaded machine
    print("slow still finished")
    return "slow"
async def failing():
    await asyncio.sleep(0.01)
    raise RuntimeError("failing failed")
async def main():
    t = asyncio.create_task(slow())
    try:
        await asyncio.gather(t, failing())
    except RuntimeError as e:
        print("gather raised:", e)
    print("slow task done yet?", t.done())
    print(await t)
asyncio.run(main())

# expect: gather raised: failing failed
# expect: slow task done yet? False
# expect: slow still finished
# expect: slow
