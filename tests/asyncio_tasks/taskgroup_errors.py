# TaskGroup: RuntimeError for create_task before entering, after finishing, and for entering twice
import asyncio

async def work():
    return 1

async def main():
    tg = asyncio.TaskGroup()
    c = work()
    try:
        tg.create_task(c)
    except RuntimeError as e:
        print("RuntimeError:", e)
    c.close()
    async with tg:
        t = tg.create_task(work())
    print(t.result())
    c = work()
    try:
        tg.create_task(c)
    except RuntimeError as e:
        print("RuntimeError:", e)
    c.close()
    try:
        async with tg:
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())

# expect: RuntimeError: TaskGroup <TaskGroup> has not been entered
# expect: 1
# expect: RuntimeError: TaskGroup <TaskGroup entered> is finished
# expect: RuntimeError: TaskGroup <TaskGroup entered> has already been entered
