# An exception escaping main() propagates out of asyncio.run().
import asyncio
async def main():
    await asyncio.sleep(0)
    raise KeyError("from main")
try:
    asyncio.run(main())
except KeyError as e:
    print("caught", repr(e))
async def fails():
    raise ValueError("uncaught in main")
asyncio.run(fails())

# expect: caught KeyError('from main')
# expect runtime error: ValueError: uncaught in main
