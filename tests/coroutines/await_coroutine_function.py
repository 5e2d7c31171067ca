# Awaiting the function instead of calling it is a TypeError.
import asyncio
async def helper():
    return 1
async def main():
    try:
        await helper
    except TypeError as e:
        print(e)
    print(await helper())
asyncio.run(main())

# expect: object function can't be used in 'await' expression
# expect: 1
