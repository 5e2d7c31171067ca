# as_completed: after the timeout, every remaining entry raises TimeoutError
import asyncio

async def work(x, d):
    await asyncio.sleep(d)
    return x

async def main():
    tasks = [asyncio.create_task(work(i, d)) for i, d in enumerate((0.01, 1, 1))]
    for f in asyncio.as_completed(tasks, timeout=0.2):
        try:
            print("got", await f)
        except TimeoutError:
            print("timeout")
    print([t.done() for t in tasks])
    print([t.cancelled() for t in tasks])
    for t in tasks[1:]:
        t.cancel()

asyncio.run(main())

# expect: got 0
# expect: timeout
# expect: timeout
# expect: [True, False, False]
# expect: [False, False, False]
