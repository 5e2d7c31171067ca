# An __await__ that yields a non-future: the task raises "Task got bad yield".
import asyncio
class Bad:
    def __await__(self):
        yield "not a future"
async def main():
    try:
        await Bad()
    except RuntimeError as e:
        print("RuntimeError:", e)
    return "went on"
print(asyncio.run(main()))

# expect: RuntimeError: Task got bad yield: 'not a future'
# expect: went on
