# stop() called before run_until_complete: it returns after one iteration with an error if not done.
import asyncio
loop = asyncio.new_event_loop()
async def slow():
    await asyncio.sleep(0.05)
    return "slow"
t = loop.create_task(slow())
loop.stop()
try:
    loop.run_until_complete(t)
except RuntimeError as e:
    print("RuntimeError:", e)
print(t.done())
print(loop.run_until_complete(t))
loop.close()

# expect: RuntimeError: Event loop stopped before Future completed.
# expect: False
# expect: slow
