# Calling a generator, coroutine or async generator function makes the object
# and runs nothing yet.  CALL makes it on a short path when the function takes
# exactly its positional parameters; everything else (defaults, keywords,
# *args, closures) binds as usual.  Both must give the same objects.
import asyncio


def gen(a, b):
    yield a
    yield b


def gen_cell(a):
    # a parameter that is also a cell: the inner function sees it
    def inner():
        return a * 10
    yield inner()
    a = 7
    yield inner()


def gen_default(a, b=2):
    yield a + b


def gen_star(*args):
    yield len(args)


def gen_none():
    print("running gen_none")
    yield 1


g = gen_none()
print("made, not run:", type(g).__name__)
print(next(g))
print(list(gen(1, 2)), list(gen_cell(3)), list(gen_default(1)), list(gen_default(1, 5)))
print(list(gen_star()), list(gen_star(1, 2, 3)), list(gen(b=4, a=3)))

for bad in (lambda: gen(1), lambda: gen(1, 2, 3), lambda: gen_none(1), lambda: gen_cell()):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)


class Counter:
    def __init__(self, n):
        self.n = n

    def up(self, step):
        i = 0
        while i < self.n:
            yield i
            i += step

    async def total(self, extra):
        await asyncio.sleep(0)
        return self.n + extra


c = Counter(5)
print(list(c.up(2)), list(Counter.up(c, 1)))
m = c.up
print(list(m(3)))


async def leaf(x):
    return x + 1


async def agen(n):
    for i in range(n):
        yield i


async def main():
    print(await leaf(1))
    co = leaf(2)                # kept: not only awaited
    print(type(co).__name__, co.__qualname__)
    print(await co)
    print(await c.total(10))
    print([x async for x in agen(3)])
    try:
        await leaf()
    except TypeError as e:
        print("TypeError:", e)
    total = 0
    for i in range(1000):       # made and awaited again and again
        total += await leaf(i)
    print(total)

asyncio.run(main())
# expect: made, not run: generator
# expect: running gen_none
# expect: 1
# expect: [1, 2] [30, 70] [3] [6]
# expect: [0] [3] [3, 4]
# expect: TypeError: gen() missing 1 required positional argument: 'b'
# expect: TypeError: gen() takes 2 positional arguments but 3 were given
# expect: TypeError: gen_none() takes 0 positional arguments but 1 was given
# expect: TypeError: gen_cell() missing 1 required positional argument: 'a'
# expect: [0, 2, 4] [0, 1, 2, 3, 4]
# expect: [0, 3]
# expect: 2
# expect: coroutine leaf
# expect: 3
# expect: 15
# expect: [0, 1, 2]
# expect: TypeError: leaf() missing 1 required positional argument: 'x'
# expect: 500500
