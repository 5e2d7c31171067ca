# An exception escaping main ends the program; its last traceback line is the error.
# expect runtime error: ValueError: main failed
import asyncio
async def main():
    await asyncio.sleep(0)
    raise ValueError("main failed")
asyncio.run(main())
