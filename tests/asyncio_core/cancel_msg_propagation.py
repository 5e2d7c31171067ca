# cancel(msg): the message reaches the task's CancelledError and the awaiter.
import asyncio
async def inner():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print("inner sees", e.args)
        raise
async def main():
    t = asyncio.create_task(inner())
    await asyncio.sleep(0)
    t.cancel(msg="the reason")
    try:
        await t
    except asyncio.CancelledError as e:
        print("awaiter sees", e.args)
    try:
        t.result()
    except asyncio.CancelledError as e:
        print("result() sees", e.args)
    try:
        t.exception()
    except asyncio.CancelledError as e:
        print("exception() sees", e.args)
asyncio.run(main())

# expect: inner sees ('the reason',)
# expect: awaiter sees ('the reason',)
# expect: result() sees ()
# expect: exception() sees ()
