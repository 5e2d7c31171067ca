# TaskGroup: the first failure cancels the siblings and the body; the error comes in an ExceptionGroup
import asyncio

async def fails():
    await asyncio.sleep(0.01)
    raise ValueError("boom")

async def sibling():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("sibling: cancelled")
        raise

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            s = tg.create_task(sibling())
            f = tg.create_task(fails())
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print("body: cancelled")
                raise
    except ExceptionGroup as eg:
        print(type(eg).__name__, "|", eg, "|", eg.message)
        print(eg.exceptions)
        print(s.cancelled(), f.exception() is eg.exceptions[0])
        print(eg.__cause__, eg.__suppress_context__)
    print("main continues, cancelling =", asyncio.current_task().cancelling())
    await asyncio.sleep(0.01)
    print("sleep after the group works")

asyncio.run(main())

# expect: sibling: cancelled
# expect: body: cancelled
# expect: ExceptionGroup | unhandled errors in a TaskGroup (1 sub-exception) | unhandled errors in a TaskGroup
# expect: (ValueError('boom'),)
# expect: True True
# expect: None True
# expect: main continues, cancelling = 0
# expect: sleep after the group works
