# all_tasks() holds only pending tasks; the main task is in it.
import asyncio
async def s(n):
    await asyncio.sleep(n)
async def main():
    me = asyncio.current_task()
    a = asyncio.create_task(s(0), name="a")
    b = asyncio.create_task(s(0.05), name="b")
    print(sorted(t.get_name() for t in asyncio.all_tasks() if t is not me), me in asyncio.all_tasks())
    await a
    print(sorted(t.get_name() for t in asyncio.all_tasks() if t is not me))
    await b
    print(len(asyncio.all_tasks()))
asyncio.run(main())
try:
    asyncio.all_tasks()
except RuntimeError as e:
    print("RuntimeError:", e)

# expect: ['a', 'b'] True
# expect: ['b']
# expect: 1
# expect: RuntimeError: no running event loop
