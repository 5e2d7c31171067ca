# Loaded by views_load.txt with :load: defines names in the REPL's namespace
# and schedules a task on the REPL's loop (it waits until the loop runs).
import asyncio

GREETING = 'loaded'


async def countdown(n):
    while n > 0:
        await asyncio.sleep(1)
        n -= 1
    return 'liftoff'

task = asyncio.get_event_loop().create_task(countdown(2), name='countdown')
print(GREETING, task.get_name())
