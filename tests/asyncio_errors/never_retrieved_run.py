# A task that failed and whose exception nobody retrieved is reported through the loop's
# exception handler when it is freed (here: at the end of asyncio.run).
# expect runtime error: ValueError: x
# exit: 0
import asyncio

async def f():
    raise ValueError('x')

async def main():
    t = asyncio.create_task(f())
    await asyncio.sleep(0.01)
    print(t)
    print('done')

asyncio.run(main())
print('after')
