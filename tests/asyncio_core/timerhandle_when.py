# TimerHandle.when() is the absolute deadline; cancel a timer before it fires.
import asyncio
loop = asyncio.new_event_loop()
t0 = loop.time()
h = loop.call_at(t0 + 10, print, "never")
print(type(h).__name__, h.when() == t0 + 10)
h2 = loop.call_later(0.05, print, "fires")
print(h2.when() >= t0 + 0.05, h2.when() < t0 + 1)
h.cancel()
print(h.cancelled(), h.when() == t0 + 10)
loop.call_later(0.1, loop.stop)
loop.run_forever()
print(isinstance(h, asyncio.Handle), isinstance(h, asyncio.TimerHandle))
loop.close()

# expect: TimerHandle True
# expect: True True
# expect: True True
# expect: fires
# expect: True True
