# Tasks have names: Task-N by default (main is Task-1), or the name given.
import asyncio
async def nop():
    pass
async def main():
    print(asyncio.current_task().get_name())
    a = asyncio.create_task(nop())
    b = asyncio.create_task(nop(), name="custom")
    print(a.get_name(), b.get_name())
    b.set_name("renamed")
    print(b.get_name())
    await a
    await b
asyncio.run(main())

# expect: Task-1
# expect: Task-2 custom
# expect: renamed
