# Tasks wake up in order of their sleep deadlines, not creation order.
import asyncio
async def sleeper(name, delay):
    await asyncio.sleep(delay)
    print(name, "woke after", delay)
    return name
async def main():
    tasks = [asyncio.create_task(sleeper("slow", 0.06)),
             asyncio.create_task(sleeper("fast", 0.02)),
             asyncio.create_task(sleeper("medium", 0.04))]
    print("all started")
    for t in tasks:
        print("awaited", await t)
asyncio.run(main())

# expect: all started
# expect: fast woke after 0.02
# expect: medium woke after 0.04
# expect: slow woke after 0.06
# expect: awaited slow
# expect: awaited fast
# expect: awaited medium
