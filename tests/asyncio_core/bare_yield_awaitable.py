# An __await__ that yields None reschedules the task (others run first).
import asyncio
class Nudge:
    def __await__(self):
        yield
        return "resumed"
async def other():
    print("other runs")
async def main():
    asyncio.create_task(other())
    print("before")
    print(await Nudge())
asyncio.run(main())

# expect: before
# expect: other runs
# expect: resumed
