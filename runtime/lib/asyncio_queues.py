# asyncio_queues -- Queue, LifoQueue, PriorityQueue, QueueEmpty and QueueFull,
# as CPython 3.11's asyncio.queues.
#
# This file runs with the asyncio module's dict as its globals (after
# asyncio_locks.py, so Event and _LoopBoundMixin are there).
#
# How a queue waits: a get() on an empty queue creates a Future, appends it
# to self._getters and awaits it; put_nowait() later wakes the first getter
# with set_result(None). A put() on a full queue does the same with
# self._putters, woken by get_nowait(). A woken task loops back and checks
# again, because another task may have taken the item (or the free place)
# first. Waking in list order gives the same schedule as CPython.

from heapq import heappush as _heappush, heappop as _heappop


class QueueEmpty(Exception):
    """Raised when Queue.get_nowait() is called on an empty Queue."""
    __module__ = "asyncio.queues"


class QueueFull(Exception):
    """Raised when the Queue.put_nowait() method is called on a full Queue."""
    __module__ = "asyncio.queues"


class _QueueAlias:
    # What Queue[int] gives: CPython's types.GenericAlias, reduced to what a
    # program can see -- its repr, and calling it makes a plain Queue.
    def __init__(self, origin, args):
        self.__origin__ = origin
        self.__args__ = args if isinstance(args, tuple) else (args,)

    def __repr__(self):
        names = []
        for a in self.__args__:
            if isinstance(a, type):
                if a.__module__ == 'builtins':
                    names.append(a.__qualname__)
                else:
                    names.append(f'{a.__module__}.{a.__qualname__}')
            else:
                names.append(repr(a))
        o = self.__origin__
        return f"{o.__module__}.{o.__qualname__}[{', '.join(names)}]"

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)


class Queue(_LoopBoundMixin):
    """A first-in first-out queue for passing items between tasks.

    maxsize <= 0 means no limit; otherwise put() waits while the queue holds
    maxsize items, so a fast producer cannot run far ahead of its consumers.
    """
    __module__ = "asyncio.queues"

    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._getters = []           # futures of tasks waiting in get()
        self._putters = []           # futures of tasks waiting in put()
        self._unfinished_tasks = 0   # put() calls not yet matched by task_done()
        self._finished = Event()     # set whenever _unfinished_tasks is 0
        self._finished.set()
        self._init(maxsize)

    # Subclasses change the order of the items by overriding these three.
    def _init(self, maxsize):
        self._queue = []

    def _get(self):
        return self._queue.pop(0)

    def _put(self, item):
        self._queue.append(item)

    def _wakeup_next(self, waiters):
        # Wake the first waiter still waiting (skip ones already cancelled).
        while waiters:
            waiter = waiters.pop(0)
            if not waiter.done():
                waiter.set_result(None)
                break

    def __repr__(self):
        return f'<{type(self).__name__} at {id(self):#x} {self._format()}>'

    def __str__(self):
        return f'<{type(self).__name__} {self._format()}>'

    # Queue[int] in a type hint.
    def __class_getitem__(cls, item):
        return _QueueAlias(cls, item)
    __class_getitem__ = classmethod(__class_getitem__)

    def _format(self):
        result = f'maxsize={self._maxsize!r}'
        if getattr(self, '_queue', None):
            result += f' _queue={list(self._queue)!r}'
        if self._getters:
            result += f' _getters[{len(self._getters)}]'
        if self._putters:
            result += f' _putters[{len(self._putters)}]'
        if self._unfinished_tasks:
            result += f' tasks={self._unfinished_tasks}'
        return result

    def qsize(self):
        """Number of items in the queue."""
        return len(self._queue)

    @property
    def maxsize(self):
        """Number of items allowed in the queue (0: no limit)."""
        return self._maxsize

    def empty(self):
        """Return True if the queue is empty."""
        return not self._queue

    def full(self):
        """Return True if the queue holds maxsize items (never when
        maxsize <= 0)."""
        if self._maxsize <= 0:
            return False
        return self.qsize() >= self._maxsize

    async def put(self, item):
        """Put item into the queue, first waiting for a free place."""
        while self.full():
            putter = self._get_loop().create_future()
            self._putters.append(putter)
            try:
                await putter
            except:
                putter.cancel()   # in case we were not woken through it
                if putter in self._putters:
                    self._putters.remove(putter)
                # If a get_nowait() woke us but we are leaving, the free
                # place must go to the next putter instead.
                if not self.full() and not putter.cancelled():
                    self._wakeup_next(self._putters)
                raise
        return self.put_nowait(item)

    def put_nowait(self, item):
        """Put item into the queue now, or raise QueueFull."""
        if self.full():
            raise QueueFull
        self._put(item)
        self._unfinished_tasks += 1
        self._finished.clear()
        self._wakeup_next(self._getters)

    async def get(self):
        """Remove and return an item, first waiting for one if needed."""
        while self.empty():
            getter = self._get_loop().create_future()
            self._getters.append(getter)
            try:
                await getter
            except:
                getter.cancel()
                if getter in self._getters:
                    self._getters.remove(getter)
                # Woken by a put_nowait() but leaving: pass the item on.
                if not self.empty() and not getter.cancelled():
                    self._wakeup_next(self._getters)
                raise
        return self.get_nowait()

    def get_nowait(self):
        """Remove and return an item now, or raise QueueEmpty."""
        if self.empty():
            raise QueueEmpty
        item = self._get()
        self._wakeup_next(self._putters)
        return item

    def task_done(self):
        """Say that an item taken with get() has been dealt with. When every
        item put has been dealt with, join() returns."""
        if self._unfinished_tasks <= 0:
            raise ValueError('task_done() called too many times')
        self._unfinished_tasks -= 1
        if self._unfinished_tasks == 0:
            self._finished.set()

    async def join(self):
        """Wait until every item put into the queue has been task_done()."""
        if self._unfinished_tasks > 0:
            await self._finished.wait()


class PriorityQueue(Queue):
    """A Queue that hands out the smallest item first (a heap, see heapq).
    Items are often tuples (priority, data)."""
    __module__ = "asyncio.queues"

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        _heappush(self._queue, item)

    def _get(self):
        return _heappop(self._queue)


class LifoQueue(Queue):
    """A Queue that hands out the most recently added item first (a stack)."""
    __module__ = "asyncio.queues"

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        self._queue.append(item)

    def _get(self):
        return self._queue.pop()
