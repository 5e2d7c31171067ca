# add_done_callback on a done future schedules; callbacks see the future.
import asyncio
async def main():
    f = asyncio.get_running_loop().create_future()
    f.set_result(7)
    seen = []
    f.add_done_callback(lambda x: seen.append(x is f))
    print(seen)
    await asyncio.sleep(0)
    print(seen)
asyncio.run(main())

# expect: []
# expect: [True]
