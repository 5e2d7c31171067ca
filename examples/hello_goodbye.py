# Hello, (one second later) goodbye -- and a tidy shutdown.
#
# main() prints a greeting, sleeps for a second without blocking the loop,
# and says goodbye.  Meanwhile a background task ticks away; it is still
# running when main() finishes, so at the end we follow the usual shutdown
# pattern: collect every task that is left, cancel each one, wait for them
# all to acknowledge the cancellation, and only then close the loop.
#
# The lines showing the wall-clock time differ on every run; the test
# runner drops them with this directive:
# ignore-line: the time is

import asyncio
import time


async def ticker():
    try:
        while True:
            await asyncio.sleep(0.4)
            print("  (tick)")
    except asyncio.CancelledError:
        print("ticker: cancelled, stopping")
        raise                    # let the task end in the cancelled state


async def main():
    print("Hello!")
    print("  the time is", time.ctime())
    await asyncio.sleep(1.0)     # the ticker runs while we sleep
    print("Goodbye!")
    print("  the time is", time.ctime())


loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
loop.create_task(ticker())
task = loop.create_task(main())
loop.run_until_complete(task)

# The shutdown pattern.
pending = asyncio.all_tasks(loop=loop)
print("tasks still pending:", len(pending))
for t in pending:
    t.cancel()
group = asyncio.gather(*pending, return_exceptions=True)
results = loop.run_until_complete(group)
print("gathered:", [type(r).__name__ for r in results])
loop.close()
print("loop closed:", loop.is_closed())
