# An uncaught error inside asyncio.run ends the program with that error (last line checked).
import asyncio
async def inner():
    await asyncio.sleep(0)
    return {}["key"]
async def main():
    return await inner()
asyncio.run(main())

# expect runtime error: KeyError: 'key'
