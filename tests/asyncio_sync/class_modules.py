# The module each asyncio class says it comes from (type(x).__module__, and
# so what a repr or a traceback naming the class shows): CPython's asyncio
# is a package of submodules, and its classes name theirs.
import asyncio

for name in ["Future", "Task", "Handle", "TimerHandle", "Lock", "Event",
             "Condition", "Semaphore", "BoundedSemaphore", "Barrier",
             "Queue", "PriorityQueue", "LifoQueue", "QueueEmpty", "QueueFull",
             "TaskGroup", "Timeout", "CancelledError", "InvalidStateError",
             "BrokenBarrierError"]:
    cls = getattr(asyncio, name)
    print(name, cls.__module__, cls.__qualname__)
# expect: Future _asyncio Future
# expect: Task _asyncio Task
# expect: Handle asyncio.events Handle
# expect: TimerHandle asyncio.events TimerHandle
# expect: Lock asyncio.locks Lock
# expect: Event asyncio.locks Event
# expect: Condition asyncio.locks Condition
# expect: Semaphore asyncio.locks Semaphore
# expect: BoundedSemaphore asyncio.locks BoundedSemaphore
# expect: Barrier asyncio.locks Barrier
# expect: Queue asyncio.queues Queue
# expect: PriorityQueue asyncio.queues PriorityQueue
# expect: LifoQueue asyncio.queues LifoQueue
# expect: QueueEmpty asyncio.queues QueueEmpty
# expect: QueueFull asyncio.queues QueueFull
# expect: TaskGroup asyncio.taskgroups TaskGroup
# expect: Timeout asyncio.timeouts Timeout
# expect: CancelledError asyncio.exceptions CancelledError
# expect: InvalidStateError asyncio.exceptions InvalidStateError
# expect: BrokenBarrierError asyncio.exceptions BrokenBarrierError
