# stop() before the future completes: "Event loop stopped before Future completed."
import asyncio
loop = asyncio.new_event_loop()
fut = loop.create_future()
loop.call_soon(loop.stop)
try:
    loop.run_until_complete(fut)
except RuntimeError as e:
    print("RuntimeError:", e)
print(fut.done())
fut.set_result(1)
print(loop.run_until_complete(fut))
loop.close()

# expect: RuntimeError: Event loop stopped before Future completed.
# expect: False
# expect: 1
