# A callback cancelling a later timer and a sibling handle in the same iteration.
import asyncio
loop = asyncio.new_event_loop()
t = loop.call_later(0.05, print, "cancelled timer")
def first():
    print("first")
    h2.cancel()
    t.cancel()
h1 = loop.call_soon(first)
h2 = loop.call_soon(print, "second (cancelled)")
h3 = loop.call_soon(print, "third")
loop.call_later(0.1, print, "kept timer")
loop.call_later(0.15, loop.stop)
loop.run_forever()
loop.close()

# expect: first
# expect: third
# expect: kept timer
