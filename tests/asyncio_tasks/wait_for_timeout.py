# wait_for: on timeout the inner task is cancelled and awaited, then TimeoutError from CancelledError
import asyncio

async def slow():
    try:
        await asyncio.sleep(1)
        print("never")
    except asyncio.CancelledError:
        print("slow: cancelled")
        raise
    finally:
        print("slow: cleanup")

async def main():
    t = asyncio.create_task(slow())
    try:
        await asyncio.wait_for(t, 0.01)
    except TimeoutError as e:
        print("caught", type(e).__name__, repr(str(e)))
        print("cause", type(e.__cause__).__name__)
        print("context", type(e.__context__).__name__)
    print(t.done(), t.cancelled())
    print(asyncio.TimeoutError is TimeoutError)

asyncio.run(main())

# expect: slow: cancelled
# expect: slow: cleanup
# expect: caught TimeoutError ''
# expect: cause CancelledError
# expect: context CancelledError
# expect: True True
# expect: True
