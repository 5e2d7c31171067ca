# Drive a coroutine by hand: send(None) until StopIteration carries the return value.
import asyncio
async def work():
    print("step 1")
    await asyncio.sleep(0)
    print("step 2")
    await asyncio.sleep(0)
    print("step 3")
    return 42
c = work()
steps = 0
while True:
    try:
        yielded = c.send(None)
        steps += 1
        print("suspended, yielded", yielded)
    except StopIteration as stop:
        print("finished with", stop.value, "after", steps, "suspensions")
        break

# expect: step 1
# expect: suspended, yielded None
# expect: step 2
# expect: suspended, yielded None
# expect: step 3
# expect: finished with 42 after 2 suspensions
