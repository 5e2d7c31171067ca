# async for over an object without __aiter__ raises TypeError.
import asyncio
async def main():
    try:
        async for x in [1, 2]:
            pass
    except TypeError as e:
        print(e)
    try:
        async with object():
            pass
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
asyncio.run(main())

# expect: 'async for' requires an object with __aiter__ method, got list
# expect: TypeError 'object' object does not support the asynchronous context manager protocol
