# The Task-N counter moves only for tasks created without a name, the
# default name is the same str each time it is asked for, and set_name
# replaces it for good.
import asyncio

async def nop():
    pass

async def main():
    a = asyncio.create_task(nop())
    b = asyncio.create_task(nop(), name="given")
    c = asyncio.create_task(nop(), name=None)
    d = asyncio.Task(nop(), name=42)
    e = asyncio.create_task(nop())
    na, nc, ne = (int(t.get_name()[5:]) for t in (a, c, e))
    print(nc - na, ne - nc)
    print(a.get_name() is a.get_name())
    print(b.get_name(), repr(d.get_name()))
    print(repr(e).startswith("<Task pending name='Task-"))
    e.set_name("renamed")
    print(e.get_name(), "name='renamed'" in repr(e))
    await asyncio.gather(a, b, c, d, e)
    print(repr(c) == "<Task finished name='Task-%d' coro=<nop() done, defined at %s:6> result=None>"
          % (nc, __file__))

asyncio.run(main())


# Who takes a number: loop.create_task and Task() only without a name;
# asyncio.create_task and TaskGroup.create_task always (they name the task
# afterwards, as CPython's do).
async def numbers():
    loop = asyncio.get_running_loop()
    base = int(asyncio.current_task().get_name()[5:])
    a = loop.create_task(nop())
    b = loop.create_task(nop(), name="x")
    c = loop.create_task(nop())
    d = asyncio.create_task(nop(), name="y")
    e = asyncio.ensure_future(nop())
    async with asyncio.TaskGroup() as tg:
        f = tg.create_task(nop(), name="z")
        g = tg.create_task(nop())
    h = asyncio.Task(nop(), name="w")
    i = asyncio.Task(nop())
    shown = []
    for t in (a, b, c, d, e, f, g, h, i):
        n = t.get_name()
        shown.append(n if not n.startswith("Task-") else "+%d" % (int(n[5:]) - base))
    print(" ".join(shown))
    await asyncio.gather(a, b, c, d, e, h, i)

asyncio.run(numbers())

# expect: 2 1
# expect: True
# expect: given '42'
# expect: True
# expect: renamed True
# expect: True
# expect: +1 x +2 y +4 z +6 w +7
