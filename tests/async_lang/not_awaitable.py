# Awaiting something without __await__ is a TypeError.
import asyncio
class Plain:
    pass
async def main():
    try:
        await Plain()
    except TypeError as e:
        print(e)
    try:
        await 5
    except TypeError as e:
        print(e)
asyncio.run(main())

# expect: object Plain can't be used in 'await' expression
# expect: object int can't be used in 'await' expression
