# Task.set_result/set_exception are not supported.
import asyncio
async def main():
    t = asyncio.current_task()
    try:
        t.set_result(1)
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        t.set_exception(ValueError())
    except RuntimeError as e:
        print("RuntimeError:", e)
asyncio.run(main())

# expect: RuntimeError: Task does not support set_result operation
# expect: RuntimeError: Task does not support set_exception operation
