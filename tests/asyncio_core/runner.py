# asyncio.Runner (3.11): one event loop for several run() calls.
import asyncio

state = []

async def step(n):
    await asyncio.sleep(0)
    state.append(n)
    return n * 10

async def remember_loop():
    return asyncio.get_running_loop()

async def forever():
    try:
        await asyncio.sleep(3600)
    finally:
        print("forever cleaned up")

async def fail():
    await asyncio.sleep(0)
    raise KeyError("boom")

with asyncio.Runner() as runner:
    print(runner.run(step(1)), runner.run(step(2)), state)
    loop1 = runner.run(remember_loop())
    loop2 = runner.run(remember_loop())
    print(loop1 is loop2, runner.get_loop() is loop1, asyncio.get_event_loop() is loop1)
    print(type(runner).__name__, type(runner).__module__)
    t = runner.get_loop().create_task(forever())
    runner.run(step(3))
    print(t.done())
    try:
        runner.run(fail())
    except KeyError as e:
        print("KeyError", e)
    try:
        runner.run(step)
    except ValueError as e:
        print("ValueError", str(e).split(" at ")[0])
    runner.run(step(4))
print(t.cancelled(), loop1.is_closed(), state)
c5 = step(5)
try:
    runner.run(c5)
except RuntimeError as e:
    print("RuntimeError", e)
c5.close()
runner.close()   # a second close does nothing
try:
    runner.get_loop()
except RuntimeError as e:
    print("RuntimeError", e)

r = asyncio.Runner(debug=True)
print(r.get_loop().get_debug())
r.close()
print(r.run.__doc__ is not None)

async def nested():
    c6 = step(6)
    try:
        asyncio.Runner().run(c6)
    except RuntimeError as e:
        print("RuntimeError", e)
    c6.close()

asyncio.run(nested())

made = []
def factory():
    loop = asyncio.new_event_loop()
    made.append(loop)
    return loop
with asyncio.Runner(loop_factory=factory) as r2:
    print(r2.run(step(7)), r2.get_loop() is made[0])
print(made[0].is_closed())
try:
    asyncio.Runner(True)
except TypeError as e:
    print("TypeError", e)
# expect: 10 20 [1, 2]
# expect: True True True
# expect: Runner asyncio.runners
# expect: False
# expect: KeyError 'boom'
# expect: ValueError a coroutine was expected, got <function step
# expect: forever cleaned up
# expect: True True [1, 2, 3, 4]
# expect: RuntimeError Runner is closed
# expect: RuntimeError Runner is closed
# expect: True
# expect: True
# expect: RuntimeError Runner.run() cannot be called from a running event loop
# expect: 70 True
# expect: True
# expect: TypeError Runner.__init__() takes 1 positional argument but 2 were given
