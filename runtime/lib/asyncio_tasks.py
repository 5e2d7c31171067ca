# asyncio_tasks.py -- the task functions of CPython 3.11's asyncio/tasks.py
# that are written in Python there too: wait_for, wait, as_completed and
# shield (the loop, Future, Task, gather and sleep are in C: runtime/).
#
# This file runs with the asyncio module's dict as its globals (see
# f_module_getattr in runtime/asyncio.c), so every name defined here is an
# attribute of asyncio.  Helpers start with an underscore.
#
# The one idea behind all four functions: never block on the thing you are
# waiting for directly.  Instead, make a fresh "waiter" Future, arrange for
# done callbacks (and maybe a timer) to complete it, and await the waiter.
# Whoever finishes first - the awaited futures or the timer - wakes us up.

# The return_when values of wait(); CPython takes them from
# concurrent.futures, where they are these very strings.
FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'


def _release_waiter(waiter, *args):
    # A callback (done callback or timer) that wakes whoever awaits
    # [waiter].  The waiter may already be done: first one wins.
    if not waiter.done():
        waiter.set_result(None)


async def _cancel_and_wait(fut):
    # Cancel [fut] and wait until it has really finished (a task may catch
    # the CancelledError and go on for a while).  We wait on a separate
    # waiter, not on fut itself, so that our own caller can still cancel us.
    waiter = get_running_loop().create_future()

    def cb(f):
        _release_waiter(waiter)

    fut.add_done_callback(cb)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(cb)


async def wait_for(fut, timeout):
    # Await [fut] (a coroutine or a future) for at most [timeout] seconds.
    # On timeout the inner task is cancelled, and we wait for it to finish
    # before raising TimeoutError.  This is 3.11's version (3.12 rewrote it
    # on top of asyncio.timeout()).
    loop = get_running_loop()

    if timeout is None:                      # no limit: a plain await
        return await fut

    if timeout <= 0:
        # Already too late: start it anyway (it might finish at once),
        # otherwise cancel it and report the timeout.
        fut = ensure_future(fut, loop=loop)
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc

    waiter = loop.create_future()
    timeout_handle = loop.call_later(timeout, _release_waiter, waiter)

    def cb(f):                               # fut finished first
        _release_waiter(waiter)

    fut = ensure_future(fut, loop=loop)
    fut.add_done_callback(cb)

    try:
        try:
            await waiter
        except CancelledError:
            # Somebody cancelled *us*.  If the inner future managed to
            # finish anyway, its result wins (3.11 swallows the
            # cancellation here); else cancel it too and let the
            # CancelledError go on.
            if fut.done():
                return fut.result()
            fut.remove_done_callback(cb)
            await _cancel_and_wait(fut)
            raise

        if fut.done():                       # finished in time
            return fut.result()
        # The timer fired first: cancel the inner task and wait for it.
        fut.remove_done_callback(cb)
        await _cancel_and_wait(fut)
        # The task may have swallowed the cancellation and returned, or
        # raised something else: then that is the outcome.
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    finally:
        timeout_handle.cancel()


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    # Wait for the futures in [fs] until [return_when] is reached or the
    # timeout passes.  Never raises TimeoutError: returns the pair of sets
    # (done, pending), and the caller decides.
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f"expect a list of futures, not {type(fs).__name__}")
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f'Invalid return_when value: {return_when}')

    fs = set(fs)
    # 3.11 refuses bare coroutines: wrapping them would hide the tasks
    # from the caller, who then could not tell which one finished.
    for f in fs:
        if iscoroutine(f):
            raise TypeError("Passing coroutines is forbidden, use tasks explicitly.")

    loop = get_running_loop()
    return await _wait(fs, timeout, return_when, loop)


async def _wait(fs, timeout, return_when, loop):
    # wait()'s engine: one waiter, woken by the done callback of each
    # future when the condition holds, or by the timer.
    waiter = loop.create_future()
    timeout_handle = None
    if timeout is not None:
        timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    counter = len(fs)

    def _on_completion(f):
        nonlocal counter
        counter -= 1
        if (counter <= 0 or
                return_when == FIRST_COMPLETED or
                (return_when == FIRST_EXCEPTION and
                 not f.cancelled() and f.exception() is not None)):
            if timeout_handle is not None:
                timeout_handle.cancel()
            if not waiter.done():
                waiter.set_result(None)

    for f in fs:
        f.add_done_callback(_on_completion)

    try:
        await waiter
    finally:
        if timeout_handle is not None:
            timeout_handle.cancel()
        for f in fs:
            f.remove_done_callback(_on_completion)

    done = set()
    pending = set()
    for f in fs:
        if f.done():
            done.add(f)
        else:
            pending.add(f)
    return done, pending


class _CompletionQueue:
    # A tiny unbounded queue for as_completed(): futures are put in from
    # done callbacks (put_nowait) and taken out by coroutines (get), which
    # sleep on a "getter" future while the queue is empty.  (CPython uses
    # asyncio.Queue; this is the part of it that as_completed needs.)

    def __init__(self):
        self._items = []
        self._getters = []

    def put_nowait(self, item):
        self._items.append(item)
        self._wake_next()

    def _wake_next(self):
        # Wake the first getter still waiting.
        while self._getters:
            getter = self._getters.pop(0)
            if not getter.done():
                getter.set_result(None)
                break

    async def get(self):
        while not self._items:
            getter = get_running_loop().create_future()
            self._getters.append(getter)
            try:
                await getter
            except BaseException:
                getter.cancel()
                if getter in self._getters:
                    self._getters.remove(getter)
                # We were woken but will not take the item: pass the
                # wake-up on to the next getter.
                if self._items and not getter.cancelled():
                    self._wake_next()
                raise
        return self._items.pop(0)


def as_completed(fs, *, timeout=None):
    # An iterator of awaitables: awaiting the first gives the result of
    # whichever future finishes first, the second the next one, and so on.
    # This is a plain generator, not a coroutine: it hands out coroutines
    # (_wait_for_one()), which take finished futures from a queue.
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f"expect an iterable of futures, not {type(fs).__name__}")

    done = _CompletionQueue()
    loop = get_event_loop()
    todo = {ensure_future(f, loop=loop) for f in set(fs)}
    timeout_handle = None

    def _on_timeout():
        # Time is up: every awaitable not yet answered gets a None, which
        # _wait_for_one() turns into TimeoutError.
        for f in todo:
            f.remove_done_callback(_on_completion)
            done.put_nowait(None)
        todo.clear()

    def _on_completion(f):
        if not todo:
            return                    # the timeout came first
        todo.remove(f)
        done.put_nowait(f)
        if not todo and timeout_handle is not None:
            timeout_handle.cancel()

    async def _wait_for_one():
        f = await done.get()
        if f is None:
            raise TimeoutError
        return f.result()             # may raise the future's exception

    for f in todo:
        f.add_done_callback(_on_completion)
    if todo and timeout is not None:
        timeout_handle = loop.call_later(timeout, _on_timeout)
    for _ in range(len(todo)):
        yield _wait_for_one()


def shield(arg):
    # Protect [arg] from cancellation: we return a new "outer" future that
    # mirrors the inner one.  Cancelling the awaiting task cancels only the
    # outer future; the inner task keeps running.
    inner = ensure_future(arg)
    if inner.done():
        return inner                  # nothing left to protect
    loop = inner.get_loop()
    outer = loop.create_future()

    def _inner_done_callback(inner):
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()     # mark the exception as retrieved
            return
        if inner.cancelled():
            outer.cancel()            # cancelled "by other means"
        else:
            exc = inner.exception()
            if exc is not None:
                outer.set_exception(exc)
            else:
                outer.set_result(inner.result())

    def _outer_done_callback(outer):
        if not inner.done():
            inner.remove_done_callback(_inner_done_callback)

    inner.add_done_callback(_inner_done_callback)
    outer.add_done_callback(_outer_done_callback)
    return outer


async def _wrap_awaitable(awaitable):
    # ensure_future() of an object with __await__ (not a coroutine, not a
    # future) runs this coroutine in a task (C: asyncio_ensure_future).
    return await awaitable
