# Ctrl-C while run_until_complete waits: KeyboardInterrupt propagates out of it at once.
# orrery-only: the runner's SIGINT directive; CPython's traceback adds base_events/selectors frames
# sigint: 0.3
import asyncio

async def worker():
    print('ready', flush=True)  # expect: ready
    await asyncio.sleep(30)

loop = asyncio.new_event_loop()
try:
    loop.run_until_complete(worker())
except KeyboardInterrupt:
    print('interrupted')  # expect: interrupted
print(loop.is_running())  # expect: False
loop.close()
print('closed')  # expect: closed
