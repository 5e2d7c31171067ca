# wait_for with timeout <= 0: a pending awaitable is cancelled at once, a done one gives its result
import asyncio

started = []

async def work(x):
    started.append(x)
    return x

async def main():
    for timeout in (0, -1, -0.5):
        try:
            await asyncio.wait_for(work(timeout), timeout)
        except TimeoutError as e:
            print(timeout, "TimeoutError", type(e.__cause__).__name__)
    print("started:", started)
    t = asyncio.create_task(work("done"))
    await asyncio.sleep(0)
    print(t.done(), await asyncio.wait_for(t, 0))
    bad = asyncio.create_task(work(None))
    await bad
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.set_exception(KeyError("k"))
    try:
        await asyncio.wait_for(f, 0)
    except KeyError as e:
        print("KeyError", e)

asyncio.run(main())

# expect: 0 TimeoutError CancelledError
# expect: -1 TimeoutError CancelledError
# expect: -0.5 TimeoutError CancelledError
# expect: started: []
# expect: True done
# expect: KeyError 'k'
