# Two groups of equal deadlines, scheduled interleaved.
import asyncio
loop = asyncio.new_event_loop()
base = loop.time()
out = []
for i in range(5):
    loop.call_at(base + 0.1, out.append, ("B", i))
    loop.call_at(base + 0.05, out.append, ("A", i))
loop.call_at(base + 0.15, loop.stop)
loop.run_forever()
print(out)
loop.close()

# expect: [('A', 0), ('A', 2), ('A', 1), ('A', 4), ('A', 3), ('B', 3), ('B', 1), ('B', 2), ('B', 0), ('B', 4)]
