# run_until_complete runs a coroutine to the end and returns its value.
import asyncio
async def compute():
    await asyncio.sleep(0)
    return 111
loop = asyncio.new_event_loop()
result = loop.run_until_complete(compute())
print(result, type(result))
print(loop.run_until_complete(compute()) + 1)
task = loop.create_task(compute())
print(loop.run_until_complete(task), task.done())
loop.close()

# expect: 111 <class 'int'>
# expect: 112
# expect: 111 True
