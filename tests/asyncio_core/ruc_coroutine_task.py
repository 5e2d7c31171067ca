# run_until_complete with a coroutine and with a task.
import asyncio
async def work(x):
    await asyncio.sleep(0)
    return x * 2
loop = asyncio.new_event_loop()
print(loop.run_until_complete(work(2)))
t = loop.create_task(work(5))
print(type(t).__name__, t.done())
print(loop.run_until_complete(t))
print(loop.run_until_complete(t))
loop.close()

# expect: 4
# expect: Task False
# expect: 10
# expect: 10
