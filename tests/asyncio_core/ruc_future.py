# run_until_complete with a plain future resolved by a callback.
import asyncio
loop = asyncio.new_event_loop()
fut = loop.create_future()
loop.call_later(0.05, fut.set_result, "value")
print(loop.run_until_complete(fut))
print(fut.done())
loop.close()

# expect: value
# expect: True
