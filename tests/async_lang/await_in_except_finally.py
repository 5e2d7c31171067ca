# await inside except and finally blocks.
import asyncio
async def log(msg):
    await asyncio.sleep(0)
    print(msg)
async def risky():
    try:
        raise ValueError("oops")
    except ValueError as e:
        await log(f"handling {e}")
        return "recovered"
    finally:
        await log("finally in risky")
async def main():
    print(await risky())
    try:
        try:
            await log("body")
            1 / 0
        finally:
            await log("outer finally")
    except ZeroDivisionError:
        await log("caught division")
asyncio.run(main())

# expect: handling oops
# expect: finally in risky
# expect: recovered
# expect: body
# expect: outer finally
# expect: caught division
