# orrery-only: the runtime library (runtime/lib/*.py) is orrery's own, precompiled at build time
# The modules of the runtime library are compiled when orrery is built and
# loaded from those code objects (src/marshal.c), as CPython's frozen
# modules: they must look exactly as if compiled from their source at run
# time -- file names "<frozen NAME>", names, qualified names, argument
# counts, docstrings, line numbers -- and a module has no __file__.
import asyncio
import heapq
import inspect
import sys

c = asyncio.Queue.put_nowait.__code__
print(c.co_filename, c.co_name, c.co_qualname, c.co_argcount, c.co_varnames[:2])
print(asyncio.QueueEmpty.__module__, asyncio.Queue.__qualname__, asyncio.QueueEmpty.__mro__[1].__name__)
print(asyncio.Lock.acquire.__code__.co_filename, inspect.iscoroutinefunction(asyncio.Lock.acquire))
print(heapq.heappush.__code__.co_filename, heapq.heappush.__code__.co_varnames[:2])
print(heapq.heappush.__doc__)
print(heapq.__name__, hasattr(heapq, "__file__"), sys.modules["heapq"] is heapq)
print(inspect.isfunction.__code__.co_filename, inspect.isfunction.__doc__)

# A frame of library code: its code, globals and line (a line of the
# function's body, after its def line).
def key(x):
    f = sys._getframe(1)
    if x == 3:
        print(f.f_code.co_filename, f.f_code.co_name, f.f_globals["__name__"],
              f.f_lineno > f.f_code.co_firstlineno)
    return x

print(heapq.nsmallest(2, [3, 1, 2], key=key))

# An exception raised in library code, caught: its type and message as usual.
try:
    asyncio.Queue().get_nowait()
except asyncio.QueueEmpty as e:
    print(type(e).__name__, type(e).__module__)

# Names are interned: the same str objects in every module, the user's too.
def f(self, item):
    pass

print(f.__code__.co_varnames[1] is c.co_varnames[1],
      asyncio.Lock.acquire.__code__.co_varnames[0] is c.co_varnames[0])

# expect: <frozen asyncio_queues> put_nowait Queue.put_nowait 2 ('self', 'item')
# expect: asyncio.queues Queue Exception
# expect: <frozen asyncio_locks> True
# expect: <frozen heapq> ('heap', 'item')
# expect: Push item onto heap, keeping the heap invariant.
# expect: heapq False True
# expect: <frozen inspect> A function defined with def, async def or lambda.
# expect: <frozen heapq> nsmallest heapq True
# expect: [1, 2]
# expect: QueueEmpty asyncio.queues
# expect: True True
