# A coroutine yielding a non-future: "Task got bad yield".
import asyncio, types
@types.coroutine
def bad():
    yield 42
async def main():
    try:
        await bad()
    except RuntimeError as e:
        print("RuntimeError:", e)
asyncio.run(main())

# expect: RuntimeError: Task got bad yield: 42
