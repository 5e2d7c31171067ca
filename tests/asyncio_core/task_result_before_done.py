# Task.result() while pending: InvalidStateError "Result is not set."
import asyncio
async def main():
    t = asyncio.create_task(asyncio.sleep(0.05))
    try:
        t.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    print(t.done(), t.cancelled())
    await t
    print(t.result())
asyncio.run(main())

# expect: InvalidStateError: Result is not set.
# expect: False False
# expect: None
