# A task awaiting itself raises RuntimeError.
import asyncio
async def main():
    t = asyncio.current_task()
    try:
        await t
    except RuntimeError as e:
        print("RuntimeError:", str(e).split(" coro=")[0])
asyncio.run(main())

# expect: RuntimeError: Task cannot await on itself: <Task pending name='Task-1'
