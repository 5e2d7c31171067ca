# A chain of tasks awaiting tasks: results flow back in order.
import asyncio
async def level(n):
    if n == 0:
        await asyncio.sleep(0)
        return 0
    r = await asyncio.create_task(level(n - 1))
    print("level", n, "got", r)
    return r + 1
print(asyncio.run(level(3)))

# expect: level 1 got 0
# expect: level 2 got 1
# expect: level 3 got 2
# expect: 3
