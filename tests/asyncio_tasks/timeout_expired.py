# asyncio.timeout: an expired block raises TimeoutError from the CancelledError; code after the await does not run
import asyncio

async def main():
    try:
        async with asyncio.timeout(0.01) as cm:
            print("inside")
            await asyncio.sleep(1)
            print("never")
    except TimeoutError as e:
        print("TimeoutError", repr(e), type(e.__cause__).__name__)
        print(cm.expired(), repr(cm))
    print("task cancelling:", asyncio.current_task().cancelling())
    await asyncio.sleep(0.01)
    print("main goes on")

asyncio.run(main())

# expect: inside
# expect: TimeoutError TimeoutError() CancelledError
# expect: True <Timeout [expired]>
# expect: task cancelling: 0
# expect: main goes on
