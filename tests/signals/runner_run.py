# Ctrl-C in asyncio.Runner.run cancels the task it runs (its finally runs),
# then KeyboardInterrupt is raised chained to the CancelledError, as 3.11's
# Runner; the runner can still be closed.
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

with asyncio.Runner() as runner:
    try:
        runner.run(main())
    except KeyboardInterrupt as e:
        print('KeyboardInterrupt', type(e.__context__).__name__)  # expect: KeyboardInterrupt CancelledError
        raise
