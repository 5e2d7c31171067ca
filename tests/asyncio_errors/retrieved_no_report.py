# exception() or result() retrieves the exception: nothing is reported.
import asyncio

async def f(n):
    raise KeyError(n)

async def main():
    t1 = asyncio.create_task(f(1))
    t2 = asyncio.create_task(f(2))
    fut = asyncio.get_running_loop().create_future()
    fut.set_exception(RuntimeError('r'))
    await asyncio.sleep(0)
    print(repr(t1.exception()))
    try:
        t2.result()
    except KeyError as e:
        print('result raised', repr(e))
    print(repr(fut.exception()))

asyncio.run(main())
