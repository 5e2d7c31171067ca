# call_at timers fire by deadline, not by scheduling order.
import asyncio
loop = asyncio.new_event_loop()
t0 = loop.time()
loop.call_at(t0 + 0.15, print, "third")
loop.call_at(t0 + 0.05, print, "first")
loop.call_at(t0 + 0.10, print, "second")
loop.call_soon(print, "soon")
loop.call_at(t0 + 0.20, loop.stop)
loop.run_forever()
loop.close()

# expect: soon
# expect: first
# expect: second
# expect: third
