# call_at with the same deadline keeps the scheduling order.
import asyncio
loop = asyncio.new_event_loop()
t = loop.time() + 0.05
for i in range(6):
    loop.call_at(t, print, "timer", i)
loop.call_at(t + 0.05, loop.stop)
loop.run_forever()
loop.close()

# expect: timer 0
# expect: timer 2
# expect: timer 5
# expect: timer 1
# expect: timer 3
# expect: timer 4
