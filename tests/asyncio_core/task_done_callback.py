# Task done callbacks run after the task finishes, in order.
import asyncio
async def job():
    print("job runs")
    return 9
async def main():
    t = asyncio.create_task(job())
    t.add_done_callback(lambda f: print("cb1", f.result()))
    t.add_done_callback(lambda f: print("cb2", f.done()))
    print("awaiting")
    await t
    print("after await")
    await asyncio.sleep(0)
    print("end")
asyncio.run(main())

# expect: awaiting
# expect: job runs
# expect: cb1 9
# expect: cb2 True
# expect: after await
# expect: end
