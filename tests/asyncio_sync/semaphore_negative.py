# Semaphore with a negative initial value raises ValueError.
import asyncio

try:
    asyncio.Semaphore(-1)
except ValueError as e:
    print("ValueError:", e)
s = asyncio.Semaphore(0)
print(s.locked())
asyncio.BoundedSemaphore(-3)
# expect runtime error: ValueError: Semaphore initial value must be >= 0

# expect: ValueError: Semaphore initial value must be >= 0
# expect: True
