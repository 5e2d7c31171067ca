# Ctrl-C in asyncio.run cancels the main task (its finally runs), then KeyboardInterrupt
# is raised chained to the CancelledError, as 3.11's Runner (CPython also shows runners.py frames).
# orrery-only: the runner's SIGINT directive; CPython's traceback adds asyncio's own frames
# sigint: 0.3
# exit: -2
import asyncio

async def main():
    print('ready', flush=True)  # expect: ready
    try:
        await asyncio.sleep(30)
    finally:
        print('main finally')  # expect: main finally

asyncio.run(main())
