# cancelling() counts cancel requests; uncancel() decrements.
import asyncio
async def body():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        t = asyncio.current_task()
        print("in body cancelling", t.cancelling())
        print("uncancel", t.uncancel())
        print("uncancel", t.uncancel())
        print("after", t.cancelling())
    return "survived"
async def main():
    t = asyncio.create_task(body())
    await asyncio.sleep(0)
    print(t.cancelling())
    t.cancel()
    print(t.cancelling())
    t.cancel()
    print(t.cancelling())
    print(await t)
    print(t.cancelled(), t.cancelling())
asyncio.run(main())

# expect: 0
# expect: 1
# expect: 2
# expect: in body cancelling 2
# expect: uncancel 1
# expect: uncancel 0
# expect: after 0
# expect: survived
# expect: False 0
