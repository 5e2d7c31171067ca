# aiter() and anext(), the builtins of the async iteration protocol (Python 3.10):
# the TypeErrors of each, anext's default through an anext_awaitable, and
# that awaitable driven by hand (send, throw, close, iter, __await__).
import asyncio

async def agen(n):
    for i in range(n):
        yield i
        await asyncio.sleep(0)

class Counter:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await asyncio.sleep(0)
        return self.i

class BadAiter:
    def __aiter__(self):
        return 5

class AwaitNext:
    # __anext__ returns an object with __await__ (not a coroutine)
    def __aiter__(self):
        return self
    def __anext__(self):
        return asyncio.sleep(0, "slept")

async def main():
    it = agen(2)
    print(aiter(it) is it, await anext(it), await anext(it, "d"), await anext(it, "d"))
    try:
        await anext(it)
    except StopAsyncIteration as e:
        print("stop", repr(e))
    c = Counter(2)
    a = anext(c, "end")
    print(type(a).__name__, type(a).__module__)
    print(await a, await anext(c, "end"), await anext(c, "end"), await anext(c, None))
    print(await anext(AwaitNext()), await anext(AwaitNext(), 1))
    for bad in (1, [1], "s"):
        for f in (aiter, anext, lambda x: anext(x, 0)):
            try:
                f(bad)
            except TypeError as e:
                print("TypeError:", e)
    try:
        aiter(BadAiter())
    except TypeError as e:
        print("TypeError:", e)
    try:
        anext()
    except TypeError as e:
        print("TypeError:", e)
    try:
        aiter(1, 2)
    except TypeError as e:
        print("TypeError:", e)
    # driving the anext_awaitable by hand
    it = Counter(1)
    aw = anext(it, "default")
    print(aw.__await__() is aw, iter(aw) is aw)
    try:
        while True:
            print("yielded", aw.send(None))
    except StopIteration as e:
        print("returned", e.value)
    aw = anext(it, "default")
    try:
        aw.send(None)
    except StopIteration as e:
        print("exhausted", e.value, e.args)
    aw = anext(agen(3), 0)
    try:
        aw.send(None)
    except StopIteration as e:
        print("first item", e.value)
    aw.close()
    aw = anext(Counter(3), 0)
    aw.send(None)
    try:
        aw.throw(ValueError("thrown"))
    except ValueError as e:
        print("thrown back:", e)
    results = []
    async for x in aiter(Counter(3)):
        results.append(x)
    print(results)
    print(await asyncio.gather(anext(agen(1)), anext(Counter(0), "none")))
    print(callable(aiter), aiter.__name__, anext.__name__)

asyncio.run(main())
# expect: True 0 1 d
# expect: stop StopAsyncIteration()
# expect: anext_awaitable builtins
# expect: 1 2 end None
# expect: slept slept
# expect: TypeError: 'int' object is not an async iterable
# expect: TypeError: 'int' object is not an async iterator
# expect: TypeError: 'int' object is not an async iterator
# expect: TypeError: 'list' object is not an async iterable
# expect: TypeError: 'list' object is not an async iterator
# expect: TypeError: 'list' object is not an async iterator
# expect: TypeError: 'str' object is not an async iterable
# expect: TypeError: 'str' object is not an async iterator
# expect: TypeError: 'str' object is not an async iterator
# expect: TypeError: aiter() returned not an async iterator of type 'int'
# expect: TypeError: anext expected at least 1 argument, got 0
# expect: TypeError: aiter() takes exactly one argument (2 given)
# expect: True True
# expect: yielded None
# expect: returned 1
# expect: exhausted default ('default',)
# expect: first item 0
# expect: thrown back: thrown
# expect: [1, 2, 3]
# expect: [0, 'none']
# expect: True aiter anext
