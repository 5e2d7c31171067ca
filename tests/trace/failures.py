# orrery-only: event trace
# orrery-flags: --trace --virtual-clock
# --trace when things go wrong: a task raising (and the exception thrown
# into the task awaiting it), gather, a throw() into a suspended coroutine,
# a plain call_soon callback and a future set by call_later.
import asyncio


async def fail():
    await asyncio.sleep(0.25)
    raise ValueError('boom')


async def ok(n):
    await asyncio.sleep(n)
    return n


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(print, 'callback ran')
    fut = loop.create_future()
    loop.call_later(0.1, fut.set_result, 'from call_later')
    print(await fut)
    try:
        await asyncio.create_task(fail())
    except ValueError as e:
        print('caught', e)
    print(await asyncio.gather(ok(0.5), ok(0.25)))


asyncio.run(main())

# expect: callback ran
# expect: from call_later
# expect: caught boom
# expect: [0.5, 0.25]
