# A bare yield (None) from a coroutine is a sleep(0)-style reschedule.
import asyncio, types
@types.coroutine
def nudge():
    yield
async def other():
    print("other runs")
async def main():
    asyncio.create_task(other())
    print("before")
    await nudge()
    print("after")
asyncio.run(main())

# expect: before
# expect: other runs
# expect: after
