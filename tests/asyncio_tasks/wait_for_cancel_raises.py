# wait_for: if the inner task answers the timeout's cancellation with another error, that error wins
import asyncio

async def grumpy():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        raise RuntimeError("I do not want to stop")

async def slow_cleanup():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("cleanup starts")
        await asyncio.sleep(0.01)
        print("cleanup ends")
        raise

async def main():
    try:
        await asyncio.wait_for(grumpy(), 0.01)
    except RuntimeError as e:
        print("RuntimeError:", e, type(e.__context__).__name__)
    try:
        await asyncio.wait_for(slow_cleanup(), 0.01)
    except TimeoutError:
        print("TimeoutError after the cleanup")

asyncio.run(main())

# expect: RuntimeError: I do not want to stop CancelledError
# expect: cleanup starts
# expect: cleanup ends
# expect: TimeoutError after the cleanup
