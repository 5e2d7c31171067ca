# create_task with a non-coroutine raises TypeError.
# skip: asyncio.sleep is a built-in function in orrery, so its repr differs (docs/language.md)
# normalize-addresses
import asyncio
async def main():
    for arg in (42, asyncio.sleep):
        try:
            asyncio.create_task(arg)
        except TypeError as e:
            print("TypeError:", e)
asyncio.run(main())

# expect: TypeError: a coroutine was expected, got 42
# expect: TypeError: a coroutine was expected, got <function sleep at 0x7fe58ce09760>
