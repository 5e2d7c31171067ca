# inspect's is* predicates on every kind of callable and its results.
import inspect
import asyncio
import types


def plain():
    return 1


def gen():
    yield 1


async def coro():
    return 1


async def agen():
    yield 1


@types.coroutine
def old_style():
    yield


class Thing:
    def method(self):
        pass

    async def amethod(self):
        pass

    def __await__(self):
        yield


objs = [plain, gen, coro, agen, Thing().method, Thing().amethod, len, Thing, inspect,
        plain.__code__, lambda: 0]
for obj in objs:
    print(inspect.isfunction(obj), inspect.ismethod(obj), inspect.isbuiltin(obj),
          inspect.isroutine(obj), inspect.isclass(obj), inspect.ismodule(obj),
          inspect.iscode(obj), inspect.isgeneratorfunction(obj),
          inspect.iscoroutinefunction(obj), inspect.isasyncgenfunction(obj))

g, c, a, o = gen(), coro(), agen(), old_style()
for obj in [g, c, a, o, Thing(), 42]:
    print(type(obj).__name__, inspect.isgenerator(obj), inspect.iscoroutine(obj),
          inspect.isasyncgen(obj), inspect.isawaitable(obj))
c.close()


async def main():
    fut = asyncio.get_running_loop().create_future()
    task = asyncio.create_task(coro())
    print(inspect.isawaitable(fut), inspect.isawaitable(task), inspect.iscoroutine(task))
    await task

asyncio.run(main())

print(inspect.getmro(bool))


def where():
    frame = inspect.currentframe()
    print(inspect.isframe(frame), frame.f_code.co_name, frame.f_back.f_code.co_name)


def outer():
    where()


outer()
print(inspect.CO_COROUTINE, inspect.CO_GENERATOR, plain.__code__.co_flags & inspect.CO_GENERATOR)
# expect: True False False True False False False False False False
# expect: True False False True False False False True False False
# expect: True False False True False False False False True False
# expect: True False False True False False False False False True
# expect: False True False True False False False False False False
# expect: False True False True False False False False True False
# expect: False False True True False False False False False False
# expect: False False False False True False False False False False
# expect: False False False False False True False False False False
# expect: False False False False False False True False False False
# expect: True False False True False False False False False False
# expect: generator True False False False
# expect: coroutine False True False True
# expect: async_generator False False True False
# expect: generator True False False True
# expect: Thing False False False True
# expect: int False False False False
# expect: True True False
# expect: (<class 'bool'>, <class 'int'>, <class 'object'>)
# expect: True where outer
# expect: 128 32 0

import sys
try:
    sys._getframe(1000)
except ValueError as e:
    print(e)
print(sys._getframe().f_code.co_name)
# expect: call stack is not deep enough
# expect: <module>
