# The primitives can be imported by name from asyncio and are the same classes.
import asyncio
from asyncio import Queue, Lock, Event, Semaphore, Condition, QueueEmpty

print(Queue is asyncio.Queue, Lock is asyncio.Lock, Event.__name__)
print(Semaphore.__module__, Condition.__module__, QueueEmpty.__module__)
print(issubclass(asyncio.BoundedSemaphore, Semaphore), issubclass(asyncio.PriorityQueue, Queue))
print(asyncio.LifoQueue.__mro__[1].__name__)

# expect: True True Event
# expect: asyncio.locks asyncio.locks asyncio.queues
# expect: True True
# expect: Queue
