# all_tasks() holds every unfinished task of the running loop (a set; print its size).
import asyncio
async def nap(d):
    await asyncio.sleep(d)
async def main():
    print(len(asyncio.all_tasks()))
    tasks = []
    for i in range(3):
        tasks.append(asyncio.create_task(nap(0.01)))
    print(len(asyncio.all_tasks()), type(asyncio.all_tasks()).__name__)
    print(asyncio.current_task() in asyncio.all_tasks())
    await asyncio.gather(*tasks)
    print(len(asyncio.all_tasks()))
asyncio.run(main())

# expect: 1
# expect: 4 set
# expect: True
# expect: 1
