# Many timers with equal deadlines pop in heapq order (TimerHandle compares deadlines only).
import asyncio
loop = asyncio.new_event_loop()
t = loop.time() + 0.05
out = []
for i in range(12):
    loop.call_at(t, out.append, i)
loop.call_at(t - 0.01, out.append, "early")
loop.call_at(t + 0.05, loop.stop)
loop.run_forever()
print(out)
loop.close()

# expect: ['early', 0, 6, 2, 11, 5, 10, 9, 8, 7, 1, 3, 4]
