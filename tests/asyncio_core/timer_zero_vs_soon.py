# call_later(0) runs after call_soon callbacks already queued in the same iteration.
import asyncio
loop = asyncio.new_event_loop()
loop.call_later(0, print, "later 0")
loop.call_soon(print, "soon 1")
loop.call_at(loop.time() - 1, print, "at past")
loop.call_soon(print, "soon 2")
loop.call_later(0.05, loop.stop)
loop.run_forever()
loop.close()

# expect: soon 1
# expect: soon 2
# expect: at past
# expect: later 0
