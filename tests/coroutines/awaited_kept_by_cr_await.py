# A coroutine made by `await f()` and reached through cr_await while it is
# suspended stays the same object after it finishes, however many
# coroutines are made after it (orrery recycles awaited coroutines that
# nothing else can see).
import types


@types.coroutine
def pause():
    yield "paused"


async def inner(tag):
    await pause()
    return tag


async def outer():
    a = await inner("first")
    b = await inner("second")
    return a + " " + b


async def many(n):
    total = 0
    for i in range(n):
        total += await leaf(i)
    return total


async def leaf(i):
    return i


o = outer()
print(o.send(None))
kept = o.cr_await                 # the suspended inner("first")
print(kept.__qualname__, kept.cr_code.co_name, kept.cr_suspended)
print(o.send(None))               # inner("first") returns; inner("second") pauses
print(kept.__qualname__, kept.cr_suspended, kept.cr_frame)
second = o.cr_await
print(second is kept, second.__qualname__)
m = many(50)
try:
    m.send(None)
except StopIteration as e:
    print("many", e.value)
print(kept.__qualname__, kept.cr_code.co_name, kept.cr_running, kept.cr_await)
try:
    o.send(None)
except StopIteration as e:
    print("outer", e.value)
print(second.__qualname__, second.cr_suspended, second is kept)
try:
    kept.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
# expect: paused
# expect: inner inner True
# expect: paused
# expect: inner False None
# expect: False inner
# expect: many 1225
# expect: inner inner False None
# expect: outer first second
# expect: inner False False
# expect: RuntimeError: cannot reuse already awaited coroutine
