# as_completed: a single future or coroutine is refused; an empty iterable yields nothing
import asyncio

async def work():
    return 1

async def main():
    c = work()
    try:
        for f in asyncio.as_completed(c):
            pass
    except TypeError as e:
        print("TypeError:", e)
    c.close()
    t = asyncio.create_task(work())
    try:
        next(asyncio.as_completed(t))
    except TypeError as e:
        print("TypeError:", e)
    print(list(asyncio.as_completed([])))
    print(await t)

asyncio.run(main())

# expect: TypeError: expect an iterable of futures, not coroutine
# expect: TypeError: expect an iterable of futures, not Task
# expect: []
# expect: 1
