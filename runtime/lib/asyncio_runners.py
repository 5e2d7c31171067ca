# asyncio_runners -- asyncio.Runner, as CPython 3.11's asyncio.runners.
#
# This file runs with the asyncio module's dict as its globals.  A Runner
# owns one event loop for several run() calls; asyncio.run(main) is one
# Runner used once (runtime/asyncio.c, which shares the two C halves used
# here: _runner_run and _runner_close).
#
# What a Runner does, step by step:
#   - the first run() (or get_loop(), or `with`) makes a new event loop and
#     makes it the current one;
#   - run(coro) wraps coro in a task of that loop and runs the loop until
#     the task is done (Ctrl-C cancels the task; a second one raises
#     KeyboardInterrupt at once), then returns its result or raises;
#   - close() (or the end of the `with`) cancels the tasks still left, closes
#     the async generators, forgets the loop as the current one and closes it.


class Runner:
    """A context manager that runs coroutines in one event loop of its own.

    with asyncio.Runner() as runner:
        runner.run(first())
        runner.run(second())    # the same loop: tasks and state carry over
    """
    __module__ = "asyncio.runners"

    # Its states (CPython uses an Enum; orrery has none, so plain strings).
    _CREATED = "created"
    _INITIALIZED = "initialized"
    _CLOSED = "closed"

    def __init__(self, *, debug=None, loop_factory=None):
        self._state = Runner._CREATED
        self._debug = debug
        self._loop_factory = loop_factory
        self._loop = None
        self._set_event_loop = False   # did this runner make its loop current?

    def __enter__(self):
        self._lazy_init()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.close()

    def close(self):
        """Cancel what is left, close the loop: the runner cannot run again."""
        if self._state != Runner._INITIALIZED:
            return
        try:
            _runner_close(self._loop, self._set_event_loop)
        finally:
            self._loop = None
            self._state = Runner._CLOSED

    def get_loop(self):
        """The runner's event loop (made now if it was not yet)."""
        self._lazy_init()
        return self._loop

    def run(self, coro, *, context=None):
        """Run coro in the runner's loop until it is done; its result."""
        if not iscoroutine(coro):
            raise ValueError(f"a coroutine was expected, got {coro!r}")
        if _get_running_loop() is not None:
            raise RuntimeError("Runner.run() cannot be called from a running event loop")
        self._lazy_init()
        task = self._loop.create_task(coro)
        return _runner_run(self._loop, task)

    def _lazy_init(self):
        if self._state == Runner._CLOSED:
            raise RuntimeError("Runner is closed")
        if self._state == Runner._INITIALIZED:
            return
        if self._loop_factory is None:
            self._loop = new_event_loop()
            if not self._set_event_loop:
                set_event_loop(self._loop)
                self._set_event_loop = True
        else:
            self._loop = self._loop_factory()
        if self._debug is not None:
            self._loop.set_debug(self._debug)
        self._state = Runner._INITIALIZED
