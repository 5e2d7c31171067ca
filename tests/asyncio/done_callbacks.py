# add_done_callback runs the callback (with the task) soon after the task finishes.
import asyncio
async def job():
    await asyncio.sleep(0)
    return "job result"
def on_done(task):
    print("callback sees", task.result())
async def main():
    t = asyncio.create_task(job())
    t.add_done_callback(on_done)
    print(await t)
    await asyncio.sleep(0)
    print("main ends")
asyncio.run(main())

# expect: callback sees job result
# expect: job result
# expect: main ends
