# Done callbacks keep their order whatever was removed before (the first
# one and the others are stored apart), remove_done_callback counts every
# match, and an __eq__ that raises leaves the callbacks as they were.
import asyncio

def cb(name):
    def f(fut):
        print("run", name)
    f.__qualname__ = name
    return f

a, b, c, d = cb("a"), cb("b"), cb("c"), cb("d")

class Boom:
    def __eq__(self, other):
        if getattr(other, "__qualname__", None) == "c":
            raise ValueError("no compare")
        return False

def show(f):
    print(repr(f).replace(" at " + __file__, "").replace(":10", ""))

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.add_done_callback(a)
    f.add_done_callback(b)
    print(f.remove_done_callback(a))
    f.add_done_callback(c)
    show(f)
    try:
        f.remove_done_callback(Boom())
    except ValueError as e:
        print("ValueError", e)
    show(f)
    print(f.remove_done_callback(b), f.remove_done_callback(c))
    show(f)
    f.add_done_callback(d)
    f.add_done_callback(a)
    f.add_done_callback(d)
    show(f)
    print(f.remove_done_callback(d))
    f.add_done_callback(b)
    show(f)
    f.set_result(None)
    await asyncio.sleep(0)

    # A task waiting on a future: its wakeup is a callback like the others.
    g = loop.create_future()
    async def waiter():
        return await g
    t = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    g.add_done_callback(a)
    show(g)
    print(g.remove_done_callback(a), g.remove_done_callback(b))
    show(g)
    g.set_result(7)
    print(await t)

asyncio.run(main())

# expect: 1
# expect: <Future pending cb=[b():7, c():7]>
# expect: ValueError no compare
# expect: <Future pending cb=[b():7, c():7]>
# expect: 1 1
# expect: <Future pending>
# expect: <Future pending cb=[d():7, <1 more>, d():7]>
# expect: 2
# expect: <Future pending cb=[a():7, b():7]>
# expect: run a
# expect: run b
# expect: <Future pending cb=[Task.task_wakeup(), a():7]>
# expect: 1 0
# expect: <Future pending cb=[Task.task_wakeup()]>
# expect: 7
