# Task reprs: pending, done with result, cancelled, failed.
# normalize-addresses
import asyncio
async def val():
    return 5
async def sl():
    await asyncio.sleep(10)
async def bad():
    raise ValueError("v")
async def main():
    t = asyncio.create_task(val(), name="V")
    print(repr(t).split(" coro=")[0])
    await t
    print(repr(t))
    s = asyncio.create_task(sl(), name="S")
    await asyncio.sleep(0)
    s.cancel()
    try:
        await s
    except asyncio.CancelledError:
        pass
    print(repr(s))
    b = asyncio.create_task(bad(), name="B")
    try:
        await b
    except ValueError:
        pass
    print(repr(b))
asyncio.run(main())

# expect: <Task pending name='V'
# expect: <Task finished name='V' coro=<val() done, defined at tests/asyncio_core/task_repr_states.py:4> result=5>
# expect: <Task cancelled name='S' coro=<sl() done, defined at tests/asyncio_core/task_repr_states.py:6>>
# expect: <Task finished name='B' coro=<bad() done, defined at tests/asyncio_core/task_repr_states.py:8> exception=ValueError('v')>
