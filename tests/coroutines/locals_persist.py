# Locals and loop state survive each suspension.
import asyncio
async def counter(n):
    total = 0
    for i in range(n):
        total += i
        await asyncio.sleep(0)
    return total
c = counter(5)
suspensions = 0
try:
    while True:
        c.send(None)
        suspensions += 1
except StopIteration as e:
    print(suspensions, e.value)

# expect: 5 10
