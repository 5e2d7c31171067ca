# Handle.cancel() prevents the call; cancelled() reports it; cancel twice is fine.
import asyncio
loop = asyncio.new_event_loop()
h1 = loop.call_soon(print, "one")
h2 = loop.call_soon(print, "two")
print(type(h1).__name__, h1.cancelled())
h2.cancel()
print(h2.cancelled())
h2.cancel()
print(h2.cancelled())
print(h2.cancel())
loop.call_soon(loop.stop)
loop.run_forever()
print(h1.cancelled())
loop.close()

# expect: Handle False
# expect: True
# expect: True
# expect: None
# expect: one
# expect: False
