# A task parked on a future nobody else references dies with it: 'Task was destroyed but it is pending!' (at exit here).
import asyncio

async def waiter(fut):
    print("waiting")
    try:
        await fut
    finally:
        print("waiter finally")
    print("never")

async def main():
    fut = asyncio.get_running_loop().create_future()   # main's local: keeps the task alive until main ends
    asyncio.get_running_loop().create_task(waiter(fut))
    await asyncio.sleep(0)
    print("tasks:", len(asyncio.all_tasks()))
    print("main done")

loop = asyncio.new_event_loop()
loop.run_until_complete(main())
loop.close()
print("end")
