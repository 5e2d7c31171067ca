# Several tasks join() the same Queue; all wake when the last task_done() arrives.
import asyncio

async def joiner(name, q):
    await q.join()
    print(name, "joined")

async def main():
    q = asyncio.Queue()
    q.put_nowait("a")
    q.put_nowait("b")
    js = [asyncio.create_task(joiner(n, q)) for n in ("j1", "j2")]
    await asyncio.sleep(0)
    q.get_nowait()
    q.task_done()
    print("one done")
    await asyncio.sleep(0)
    q.get_nowait()
    q.task_done()
    print("two done")
    await asyncio.gather(*js)

asyncio.run(main())

# expect: one done
# expect: two done
# expect: j1 joined
# expect: j2 joined
