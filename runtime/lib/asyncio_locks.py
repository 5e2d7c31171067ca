# asyncio_locks -- Event, Lock, Semaphore, BoundedSemaphore, Condition and
# Barrier, as CPython 3.11's asyncio.locks.
#
# This file runs with the asyncio module's dict as its globals, so Future,
# CancelledError, _get_running_loop... are simply there.
#
# The one idea behind every primitive here: a task that must wait creates a
# fresh Future, puts it in a list of waiters, and awaits it. Whoever makes
# progress possible later (release(), set(), notify()) calls set_result() on
# a waiter's future, and the loop resumes that task on its next turn. Because
# the waiters are woken in list order, the order in which tasks run is the
# same as CPython's, which is what makes printed output match.
#
# orrery has single inheritance only, so CPython's two mixins become a chain:
#     _LoopBoundMixin  <-  _ContextManagerMixin  <-  Lock, Semaphore, Condition
#     _LoopBoundMixin  <-  Event, Barrier


class BrokenBarrierError(RuntimeError):
    """Barrier is broken by barrier.abort() call."""
    __module__ = "asyncio.exceptions"


class _LoopBoundMixin:
    # A primitive belongs to the loop that first waits on it.
    __module__ = "asyncio.mixins"
    _loop = None

    def _get_loop(self):
        loop = _get_running_loop()
        if self._loop is None:
            self._loop = loop
        if loop is not self._loop:
            raise RuntimeError(f'{self!r} is bound to a different event loop')
        return loop


class _ContextManagerMixin(_LoopBoundMixin):
    # `async with lock:` means `await lock.acquire()` ... `lock.release()`.
    __module__ = "asyncio.locks"

    async def __aenter__(self):
        await self.acquire()
        # `async with lock as x` gives x = None, as in CPython.
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


def _describe(obj, extra):
    # object's repr is "<asyncio.locks.Lock object at 0x...>"; put the state
    # in brackets before the closing ">".
    res = object.__repr__(obj)
    return f'<{res[1:-1]} [{extra}]>'


class Lock(_ContextManagerMixin):
    """A lock: one task at a time may hold it. Waiting tasks get it in the
    order they asked for it (first come, first served)."""
    __module__ = "asyncio.locks"

    def __init__(self):
        self._waiters = None      # a list of futures, made on first contention
        self._locked = False

    def __repr__(self):
        extra = 'locked' if self._locked else 'unlocked'
        if self._waiters:
            extra = f'{extra}, waiters:{len(self._waiters)}'
        return _describe(self, extra)

    def locked(self):
        """Return True if the lock is held."""
        return self._locked

    async def acquire(self):
        """Wait until the lock is free, take it, return True."""
        # Fast path: free, and nobody (still interested) is queued before us.
        # A cancelled waiter does not count: it will never take the lock.
        if not self._locked and (self._waiters is None or
                                 all(w.cancelled() for w in self._waiters)):
            self._locked = True
            return True

        if self._waiters is None:
            self._waiters = []
        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        try:
            try:
                await fut
            finally:
                # Leave the queue whether we were woken or cancelled.
                self._waiters.remove(fut)
        except CancelledError:
            # We were cancelled. If release() had already chosen us, the
            # lock is free and nobody else has been told: pass the turn on.
            if not self._locked:
                self._wake_up_first()
            raise

        self._locked = True
        return True

    def release(self):
        """Free the lock and let the first waiting task have it."""
        if self._locked:
            self._locked = False
            self._wake_up_first()
        else:
            raise RuntimeError('Lock is not acquired.')

    def _wake_up_first(self):
        # Only the first waiter is woken. If its future is already done it
        # has been woken (or cancelled) before and will run soon anyway; when
        # it runs it takes the lock or passes the turn on.
        if not self._waiters:
            return
        fut = self._waiters[0]
        if not fut.done():
            fut.set_result(True)


class Event(_LoopBoundMixin):
    """A flag that tasks can wait for: wait() blocks until set() is called."""
    __module__ = "asyncio.locks"

    def __init__(self):
        self._waiters = []
        self._value = False

    def __repr__(self):
        extra = 'set' if self._value else 'unset'
        if self._waiters:
            extra = f'{extra}, waiters:{len(self._waiters)}'
        return _describe(self, extra)

    def is_set(self):
        """Return True if the flag is set."""
        return self._value

    def set(self):
        """Set the flag and wake every waiting task (in the order they
        started waiting)."""
        if not self._value:
            self._value = True
            for fut in self._waiters:
                if not fut.done():
                    fut.set_result(True)

    def clear(self):
        """Reset the flag: later wait() calls block again."""
        self._value = False

    async def wait(self):
        """Return True at once if the flag is set, else wait until it is."""
        if self._value:
            return True
        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        try:
            await fut
            return True
        finally:
            self._waiters.remove(fut)


class Condition(_ContextManagerMixin):
    """A condition variable: tasks holding the lock wait() until another task
    holding it calls notify(). A Lock is created if none is given."""
    __module__ = "asyncio.locks"

    def __init__(self, lock=None):
        if lock is None:
            lock = Lock()
        self._lock = lock
        # The condition is acquired and released through its lock.
        self.locked = lock.locked
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = []

    def __repr__(self):
        extra = 'locked' if self.locked() else 'unlocked'
        if self._waiters:
            extra = f'{extra}, waiters:{len(self._waiters)}'
        return _describe(self, extra)

    async def wait(self):
        """Release the lock, wait for a notify(), take the lock back, and
        return True. The caller must hold the lock."""
        if not self.locked():
            raise RuntimeError('cannot wait on un-acquired lock')
        self.release()
        try:
            fut = self._get_loop().create_future()
            self._waiters.append(fut)
            try:
                await fut
                return True
            finally:
                self._waiters.remove(fut)
        finally:
            # Whatever happened (even a cancellation), we must hold the lock
            # again before we leave, because our caller thinks it holds it.
            cancelled = False
            while True:
                try:
                    await self.acquire()
                    break
                except CancelledError:
                    cancelled = True
            if cancelled:
                raise CancelledError

    async def wait_for(self, predicate):
        """Wait until predicate() is true and return its value."""
        result = predicate()
        while not result:
            await self.wait()
            result = predicate()
        return result

    def notify(self, n=1):
        """Wake up to n waiting tasks (the ones that waited longest). They
        run once they can take the lock back. The caller must hold it."""
        if not self.locked():
            raise RuntimeError('cannot notify on un-acquired lock')
        woken = 0
        for fut in self._waiters:
            if woken >= n:
                break
            if not fut.done():
                woken += 1
                fut.set_result(False)

    def notify_all(self):
        """Wake up every waiting task."""
        self.notify(len(self._waiters))


class Semaphore(_ContextManagerMixin):
    """A counter of free places: acquire() takes one (waiting when there are
    none), release() gives one back."""
    __module__ = "asyncio.locks"

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("Semaphore initial value must be >= 0")
        self._waiters = None
        self._value = value

    def __repr__(self):
        if self.locked():
            extra = 'locked'
        else:
            extra = f'unlocked, value:{self._value}'
        if self._waiters:
            extra = f'{extra}, waiters:{len(self._waiters)}'
        return _describe(self, extra)

    def locked(self):
        """True if acquire() would have to wait."""
        if self._value == 0:
            return True
        # Places are free, but tasks already queued come first.
        for w in (self._waiters or ()):
            if not w.cancelled():
                return True
        return False

    async def acquire(self):
        """Take a place, waiting for one if needed; return True."""
        if not self.locked():
            self._value -= 1
            return True

        if self._waiters is None:
            self._waiters = []
        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        except CancelledError:
            # _wake_up_next() counts a place as ours when it wakes us. If
            # that happened before the cancellation, give the place back.
            if not fut.cancelled():
                self._value += 1
                self._wake_up_next()
            raise

        # More places may be free (several releases at once): wake the next.
        if self._value > 0:
            self._wake_up_next()
        return True

    def release(self):
        """Give a place back, waking the first waiting task."""
        self._value += 1
        self._wake_up_next()

    def _wake_up_next(self):
        # Hand a place to the first waiter that has not been woken yet.
        if not self._waiters:
            return
        for fut in self._waiters:
            if not fut.done():
                self._value -= 1
                fut.set_result(True)
                return


class BoundedSemaphore(Semaphore):
    """A Semaphore that refuses to be released above its initial value."""
    __module__ = "asyncio.locks"

    def __init__(self, value=1):
        self._bound_value = value
        super().__init__(value)

    def release(self):
        if self._value >= self._bound_value:
            raise ValueError('BoundedSemaphore released too many times')
        super().release()


# CPython keeps the barrier's state in an enum; plain strings do here (the
# repr shows the same words).
_FILLING = 'filling'
_DRAINING = 'draining'
_RESETTING = 'resetting'
_BROKEN = 'broken'


class Barrier(_LoopBoundMixin):
    """Makes `parties` tasks wait for each other: each wait() blocks until
    that many tasks are waiting, then all of them go on together."""
    __module__ = "asyncio.locks"

    def __init__(self, parties):
        if parties < 1:
            raise ValueError('parties must be > 0')
        self._cond = Condition()    # notified whenever the state changes
        self._parties = parties
        self._state = _FILLING
        self._count = 0             # tasks inside wait()

    def __repr__(self):
        extra = self._state
        if not self.broken:
            extra += f', waiters:{self.n_waiting}/{self.parties}'
        return _describe(self, extra)

    async def __aenter__(self):
        return await self.wait()

    async def __aexit__(self, *args):
        pass

    async def wait(self):
        """Wait until `parties` tasks are waiting; return this task's
        arrival index, 0 .. parties-1."""
        async with self._cond:
            await self._block()
            try:
                index = self._count
                self._count += 1
                if index + 1 == self._parties:
                    await self._release()      # the last one opens the gate
                else:
                    await self._wait()
                return index
            finally:
                self._count -= 1
                self._exit()

    async def _block(self):
        # While the previous round drains out (or a reset finishes), wait.
        await self._cond.wait_for(
            lambda: self._state not in (_DRAINING, _RESETTING))
        if self._state == _BROKEN:
            raise BrokenBarrierError("Barrier aborted")

    async def _release(self):
        self._state = _DRAINING
        self._cond.notify_all()

    async def _wait(self):
        await self._cond.wait_for(lambda: self._state != _FILLING)
        if self._state in (_BROKEN, _RESETTING):
            raise BrokenBarrierError("Abort or reset of barrier")

    def _exit(self):
        # The last task out lets the next round start filling.
        if self._count == 0:
            if self._state in (_RESETTING, _DRAINING):
                self._state = _FILLING
            self._cond.notify_all()

    async def reset(self):
        """Back to the start; tasks waiting now get BrokenBarrierError."""
        async with self._cond:
            if self._count > 0:
                if self._state != _RESETTING:
                    self._state = _RESETTING
            else:
                self._state = _FILLING
            self._cond.notify_all()

    async def abort(self):
        """Break the barrier: every wait(), now or later, raises
        BrokenBarrierError."""
        async with self._cond:
            self._state = _BROKEN
            self._cond.notify_all()

    @property
    def parties(self):
        """The number of tasks needed to pass the barrier."""
        return self._parties

    @property
    def n_waiting(self):
        """The number of tasks waiting at the barrier now."""
        if self._state == _FILLING:
            return self._count
        return 0

    @property
    def broken(self):
        """True once the barrier is broken."""
        return self._state == _BROKEN
