# Running a loop inside itself: "This event loop is already running".
import asyncio
loop = asyncio.new_event_loop()
def cb():
    try:
        loop.run_forever()
    except RuntimeError as e:
        print("run_forever:", e)
    f = loop.create_future()
    try:
        loop.run_until_complete(f)
    except RuntimeError as e:
        print("run_until_complete:", e)
    loop.stop()
loop.call_soon(cb)
loop.run_forever()
loop.close()

# expect: run_forever: This event loop is already running
# expect: run_until_complete: This event loop is already running
