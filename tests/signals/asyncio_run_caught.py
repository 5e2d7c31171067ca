# The KeyboardInterrupt of an interrupted asyncio.run can be caught; the main task saw CancelledError.
# orrery-only: the runner's SIGINT directive (tests/run.py) is checked by hand against CPython 3.11
# sigint: 0.3
import asyncio

async def main():
    print('ready', flush=True)  # expect: ready
    try:
        await asyncio.sleep(30)
    except asyncio.CancelledError:
        print('main cancelled')  # expect: main cancelled
        raise

try:
    asyncio.run(main())
except KeyboardInterrupt as e:
    print('caught', type(e.__context__).__name__)  # expect: caught CancelledError
print('after')  # expect: after
