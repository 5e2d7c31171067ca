# Task names: default Task-N pattern, explicit names, set_name with a non-string.
import asyncio
async def nop():
    pass
async def main():
    t1 = asyncio.create_task(nop(), name="alpha")
    print(t1.get_name())
    t1.set_name(123)
    print(repr(t1.get_name()))
    t2 = asyncio.create_task(nop())
    print(t2.get_name().startswith("Task-"))
    t3 = asyncio.create_task(nop(), name=None)
    print(t3.get_name().startswith("Task-"))
    await asyncio.gather(t1, t2, t3)
asyncio.run(main())

# expect: alpha
# expect: '123'
# expect: True
# expect: True
