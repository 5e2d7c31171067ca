# wait_for (3.11): if the inner task swallows the cancellation and returns, that value is the result
import asyncio

async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("stubborn: cancelled, returning anyway")
        return "partial"
    return "full"

async def main():
    r = await asyncio.wait_for(stubborn(), 0.01)
    print("result:", r)

asyncio.run(main())

# expect: stubborn: cancelled, returning anyway
# expect: result: partial
