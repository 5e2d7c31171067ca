# inspect.getcoroutinestate / getgeneratorstate through a whole life cycle.
import inspect
import asyncio


def counter():
    print("in counter:", inspect.getgeneratorstate(gen))
    total = 0
    while True:
        got = yield total
        total += got


gen = counter()
print(inspect.getgeneratorstate(gen))
next(gen)
print(inspect.getgeneratorstate(gen))
print(inspect.getgeneratorlocals(gen))
gen.send(5)
print(inspect.getgeneratorlocals(gen))
gen.close()
print(inspect.getgeneratorstate(gen))
print(inspect.getgeneratorlocals(gen))


class Suspend:
    def __await__(self):
        yield "parked"


async def worker(n):
    print("in worker:", inspect.getcoroutinestate(coro))
    value = n * 2
    await Suspend()
    return value


coro = worker(21)
print(inspect.getcoroutinestate(coro))
print(inspect.getcoroutinelocals(coro))
print(coro.send(None))
print(inspect.getcoroutinestate(coro))
print(inspect.getcoroutinelocals(coro))
try:
    coro.send(None)
except StopIteration as e:
    print("returned", e.value)
print(inspect.getcoroutinestate(coro))
print(inspect.getcoroutinelocals(coro))

c2 = worker(1)
c2.close()
print(inspect.getcoroutinestate(c2))

c3 = worker(2)
c3.send(None)
try:
    c3.throw(ValueError("boom"))
except ValueError as e:
    print("raised", e)
print(inspect.getcoroutinestate(c3))

try:
    inspect.getgeneratorlocals(42)
except TypeError as e:
    print(e)


async def nap():
    await asyncio.sleep(0)


async def main():
    task = asyncio.current_task()
    print(inspect.getcoroutinestate(task.get_coro()))
    sleeper = asyncio.create_task(asyncio.sleep(0.01))
    inner = nap()
    print(inspect.getcoroutinestate(inner))
    await inner
    print(inspect.getcoroutinestate(inner))
    await sleeper

asyncio.run(main())
print(inspect.CORO_SUSPENDED, inspect.GEN_CLOSED)
# expect: GEN_CREATED
# expect: in counter: GEN_RUNNING
# expect: GEN_SUSPENDED
# expect: {'total': 0}
# expect: {'total': 5, 'got': 5}
# expect: GEN_CLOSED
# expect: {}
# expect: CORO_CREATED
# expect: {'n': 21}
# expect: in worker: CORO_RUNNING
# expect: parked
# expect: CORO_SUSPENDED
# expect: {'n': 21, 'value': 42}
# expect: returned 42
# expect: CORO_CLOSED
# expect: {}
# expect: CORO_CLOSED
# expect: in worker: CORO_CLOSED
# expect: raised boom
# expect: CORO_CLOSED
# expect: 42 is not a Python generator
# expect: CORO_RUNNING
# expect: CORO_CREATED
# expect: CORO_CLOSED
# expect: CORO_SUSPENDED GEN_CLOSED
