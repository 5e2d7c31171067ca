# Cancelling a task before its first step: the body never runs.
import asyncio
async def body():
    print("never printed")
async def main():
    t = asyncio.create_task(body())
    t.cancel("early")
    try:
        await t
    except asyncio.CancelledError as e:
        print("cancelled", e.args)
    print(t.cancelled(), t.done())
asyncio.run(main())

# expect: cancelled ('early',)
# expect: True True
