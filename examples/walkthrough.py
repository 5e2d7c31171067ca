# A walk through coroutines and the asyncio event loop, in seven steps.
#
# Run it with `make run` (or `./orrery examples/walkthrough.py`), and read
# it alongside its output.  Each step prints a heading; the smaller files
# in this folder show each step on its own.  Everything printed here is
# exactly what CPython 3.11 prints for the same file.

import asyncio
import time

print("orrery walk-through: coroutines and the asyncio event loop")

def heading(n, title):
    print()
    print("Step " + str(n) + ": " + title)
    print("-" * (len(title) + 8))


# ----------------------------------------------------------------------
heading(1, "coroutine functions and coroutine objects")
# `async def` defines an ordinary function.  Calling it does not run the
# body; it returns a coroutine object that remembers where it is.

async def f():
    return 1

print("type(f)   is", type(f))
coro = f()
print("type(f()) is", type(coro))
coro.close()          # never run; closing it tells Python we meant that


# ----------------------------------------------------------------------
heading(2, "driving a coroutine by hand")
# send(None) runs the body until it suspends (each `await asyncio.sleep(0)`
# suspends once).  When the body returns, send() raises StopIteration, and
# the return value travels in StopIteration.value.

async def count_to(n):
    total = 0
    for i in range(1, n + 1):
        total += i
        print("  coroutine: added", i, "- suspending")
        await asyncio.sleep(0)
    return total

coro = count_to(3)
while True:
    try:
        coro.send(None)
        print("  driver: got control back")
    except StopIteration as stop:
        print("  driver: StopIteration.value =", stop.value)
        break


# ----------------------------------------------------------------------
heading(3, "throwing CancelledError into a coroutine")
# throw(exc) resumes the coroutine with exc raised at its `await`.  An
# event loop cancels a task this way.  The coroutine can catch it.

async def worker():
    try:
        await asyncio.sleep(0)
    except asyncio.CancelledError:
        print("  worker: caught CancelledError, cleaning up")
        return "cleaned up"

coro = worker()
coro.send(None)
try:
    coro.throw(asyncio.CancelledError())
except StopIteration as stop:
    print("  driver: worker returned", repr(stop.value))


# ----------------------------------------------------------------------
heading(4, "one current event loop")
# Outside a running loop, get_event_loop() returns the current loop,
# creating it on first use.  Asking again gives the same object.

loop = asyncio.get_event_loop()
print("  get_event_loop() is get_event_loop():", loop is asyncio.get_event_loop())
print("  running?", loop.is_running(), "- closed?", loop.is_closed())


# ----------------------------------------------------------------------
heading(5, "run_until_complete")
# The loop does what we did by hand in step 2: it wraps the coroutine in a
# Task, keeps sending into it, and returns its value.

async def answer():
    await asyncio.sleep(0)
    return 111

print("  run_until_complete returned", loop.run_until_complete(answer()))


# ----------------------------------------------------------------------
heading(6, "hello, goodbye, and a clean shutdown")
# main() sleeps for a second; while it sleeps, the loop runs another task.
# That ticker never finishes on its own, so when main() is done we cancel
# whatever is left, gather it (return_exceptions=True collects the
# CancelledErrors instead of raising them), and close the loop.

async def ticker():
    try:
        while True:
            await asyncio.sleep(0.4)
            print("  (tick)")
    except asyncio.CancelledError:
        print("  ticker: cancelled")
        raise

async def main():
    start = time.monotonic()
    print("  Hello!")
    await asyncio.sleep(1.0)
    print("  Goodbye!")
    print("  slept about a second:", time.monotonic() - start > 0.9)

loop.create_task(ticker())
loop.run_until_complete(loop.create_task(main()))
pending = asyncio.all_tasks(loop)
print("  tasks left:", len(pending))
for task in pending:
    task.cancel()
results = loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
print("  gathered:", results[0].__class__.__name__)
loop.close()
print("  loop closed?", loop.is_closed())


# ----------------------------------------------------------------------
heading(7, "asyncio.run")
# asyncio.run(main()) does all of step 6's bookkeeping for us: a new loop,
# run main() to the end, cancel leftovers, close the loop.

async def greet(name, delay):
    await asyncio.sleep(delay)
    print("  hello,", name)
    return name

async def program():
    names = await asyncio.gather(greet("slow", 0.02), greet("fast", 0.01))
    return names

print("  asyncio.run returned", asyncio.run(program()))
