# Task.get_stack(*, limit=None) and Task.print_stack(*, limit=None, file=None):
# a suspended task's coroutine frame, [] once it is done, the traceback's
# frames when it failed; print_stack's three headings; keyword-only args.
import asyncio
import sys


async def child():
    await asyncio.sleep(0.1)
    return 'done'


async def inner():
    await asyncio.sleep(0)


async def deep():
    await inner()


async def boom():
    raise ValueError('x')


async def quiet():
    raise KeyError


async def main():
    t = asyncio.create_task(child())
    st = t.get_stack()
    print(len(st), st[0].f_code.co_name, st[0].f_lineno)     # not started: the def line
    await asyncio.sleep(0)
    st = t.get_stack()
    print(len(st), st[0].f_code.co_name, st[0].f_lineno)     # suspended at the await
    print(type(st[0]).__name__, st[0] is t.get_stack()[0])
    print(len(t.get_stack(limit=0)), len(t.get_stack(limit=1)), len(t.get_stack(limit=None)))
    print(len(t.get_stack(limit=-3)))
    t.print_stack(file=sys.stdout)
    t.print_stack(limit=0, file=sys.stdout)
    print(await t)
    print(t.get_stack())
    t.print_stack(file=sys.stdout)

    d = asyncio.create_task(deep())
    await asyncio.sleep(0)
    print([f.f_code.co_name for f in d.get_stack()])          # only the task's own coroutine
    await d

    b = asyncio.create_task(boom())
    await asyncio.sleep(0)
    print([f.f_code.co_name for f in b.get_stack()], b.get_stack()[0].f_lineno)
    b.print_stack(file=sys.stdout)
    print(b.get_stack(limit=0))
    q = asyncio.create_task(quiet())
    await asyncio.sleep(0)
    q.print_stack(file=sys.stdout)

    for bad in (lambda: t.get_stack(1), lambda: t.print_stack(None)):
        try:
            bad()
        except TypeError as e:
            print('TypeError:', e)
    b.exception()
    q.exception()

asyncio.run(main())
