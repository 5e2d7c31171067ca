# Cancelling most of many timers: the rest still fire in order.
import asyncio
loop = asyncio.new_event_loop()
base = loop.time()
hs = [loop.call_at(base + 0.05 + i * 0.0001, print, "t", i) for i in range(150)]
for i, h in enumerate(hs):
    if i % 50 != 7:
        h.cancel()
loop.call_at(base + 0.1, loop.stop)
loop.run_forever()
loop.close()

# expect: t 7
# expect: t 57
# expect: t 107
