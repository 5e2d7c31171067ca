# asyncio_timeouts.py -- asyncio.timeout(), asyncio.timeout_at() and the
# Timeout class they return, as in CPython 3.11's asyncio/timeouts.py.
# Runs with the asyncio module's dict as its globals.
#
#     async with asyncio.timeout(0.5):
#         await something_slow()
#
# How it works: entering the block schedules a timer on the loop.  If the
# timer fires while the block still runs, it cancels the current task, so
# the await inside the block raises CancelledError.  When that error
# reaches __aexit__, the Timeout recognises its own cancellation (through
# Task.uncancel(), which counts cancel requests) and turns it into
# TimeoutError.  A cancellation that came from somewhere else stays a
# CancelledError.


class Timeout:
    __module__ = "asyncio.timeouts"
    # The states of a Timeout, by the names repr() shows.  (CPython uses
    # an Enum; orrery has none, so the values are plain strings.)
    _CREATED = "created"
    _ENTERED = "active"
    _EXPIRING = "expiring"
    _EXPIRED = "expired"
    _EXITED = "finished"

    def __init__(self, when):
        # [when] is a deadline in loop.time() seconds, or None for never.
        self._state = Timeout._CREATED
        self._timeout_handler = None
        self._task = None
        self._when = when

    def when(self):
        return self._when

    def reschedule(self, when):
        # Move the deadline (None: no deadline).  Only inside the block.
        if self._state is not Timeout._ENTERED:
            if self._state is Timeout._CREATED:
                raise RuntimeError("Timeout has not been entered")
            raise RuntimeError(f"Cannot change state of {self._state} Timeout")
        self._when = when
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
        if when is None:
            self._timeout_handler = None
        else:
            loop = get_running_loop()
            if when <= loop.time():
                # Already past: fire at the next loop iteration.
                self._timeout_handler = loop.call_soon(self._on_timeout)
            else:
                self._timeout_handler = loop.call_at(when, self._on_timeout)

    def expired(self):
        # Did the deadline pass while the block ran?
        return self._state in (Timeout._EXPIRING, Timeout._EXPIRED)

    def __repr__(self):
        info = ['']
        if self._state is Timeout._ENTERED:
            when = round(self._when, 3) if self._when is not None else None
            info.append(f"when={when}")
        info_str = ' '.join(info)
        return f"<Timeout [{self._state}]{info_str}>"

    async def __aenter__(self):
        if self._state is not Timeout._CREATED:
            raise RuntimeError("Timeout has already been entered")
        task = current_task()
        if task is None:
            raise RuntimeError("Timeout should be used inside a task")
        self._state = Timeout._ENTERED
        self._task = task
        # How many cancel requests the task had before we came: only the
        # ones above this number are ours.
        self._cancelling = self._task.cancelling()
        self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
            self._timeout_handler = None

        if self._state is Timeout._EXPIRING:
            self._state = Timeout._EXPIRED
            # Withdraw our cancel request.  If no other request is left and
            # the block ended with CancelledError, that error was ours.
            if self._task.uncancel() <= self._cancelling and exc_type is CancelledError:
                raise TimeoutError from exc_val
        elif self._state is Timeout._ENTERED:
            self._state = Timeout._EXITED
        return None

    def _on_timeout(self):
        # The timer: interrupt the block by cancelling its task.
        self._task.cancel()
        self._state = Timeout._EXPIRING
        self._timeout_handler = None


def timeout(delay):
    # A Timeout [delay] seconds from now (None: no limit).
    loop = get_running_loop()
    return Timeout(loop.time() + delay if delay is not None else None)


def timeout_at(when):
    # A Timeout at the absolute loop time [when] (None: no limit).
    return Timeout(when)
