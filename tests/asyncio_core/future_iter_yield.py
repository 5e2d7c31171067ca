# A future yields itself from __await__ while pending.
import asyncio
loop = asyncio.new_event_loop()
f = loop.create_future()
it = f.__await__()
print(next(it) is f)
f.set_result(5)
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.value)
loop.close()

# expect: True
# expect: StopIteration 5
