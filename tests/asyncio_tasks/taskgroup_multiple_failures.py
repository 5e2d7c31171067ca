# TaskGroup: tasks failing in the same iteration are all collected, in the order they failed
import asyncio

async def fails(exc):
    raise exc

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fails(ValueError(1)))
            tg.create_task(fails(TypeError(2)))
            tg.create_task(fails(KeyError(3)))
    except ExceptionGroup as eg:
        print(eg)
        for e in eg.exceptions:
            print(" ", type(e).__name__, e)

asyncio.run(main())

# expect: unhandled errors in a TaskGroup (3 sub-exceptions)
# expect:   ValueError 1
# expect:   TypeError 2
# expect:   KeyError 3
