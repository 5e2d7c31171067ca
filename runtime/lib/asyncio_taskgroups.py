# asyncio_taskgroups.py -- asyncio.TaskGroup, as in CPython 3.11's
# asyncio/taskgroups.py.  Runs with the asyncio module's dict as globals.
#
#     async with asyncio.TaskGroup() as tg:
#         t1 = tg.create_task(one())
#         t2 = tg.create_task(two())
#     # here both tasks are done
#
# The rules ("structured concurrency"):
#  * leaving the block waits for every task of the group;
#  * the first task that fails (with anything but CancelledError) cancels
#    the other tasks and the body of the block itself;
#  * all the errors are then raised together as one ExceptionGroup
#    (SystemExit and KeyboardInterrupt are raised alone, as they are).
# To cancel the body, the group cancels its parent task and later takes
# that request back with uncancel(), so the parent goes on normally after
# the block.


class TaskGroup:
    __module__ = "asyncio.taskgroups"

    def __init__(self):
        self._entered = False
        self._exiting = False
        self._aborting = False
        self._loop = None
        self._parent_task = None
        self._parent_cancel_requested = False
        self._tasks = set()
        self._errors = []
        self._base_error = None
        self._on_completed_fut = None

    def __repr__(self):
        info = ['']
        if self._tasks:
            info.append(f'tasks={len(self._tasks)}')
        if self._errors:
            info.append(f'errors={len(self._errors)}')
        if self._aborting:
            info.append('cancelling')
        elif self._entered:
            info.append('entered')
        info_str = ' '.join(info)
        return f'<TaskGroup{info_str}>'

    async def __aenter__(self):
        if self._entered:
            raise RuntimeError(f"TaskGroup {self!r} has already been entered")
        if self._loop is None:
            self._loop = get_running_loop()
        self._parent_task = current_task(self._loop)
        if self._parent_task is None:
            raise RuntimeError(f'TaskGroup {self!r} cannot determine the parent task')
        self._entered = True
        return self

    async def __aexit__(self, et, exc, tb):
        self._exiting = True

        if exc is not None and self._is_base_error(exc) and self._base_error is None:
            self._base_error = exc

        # A CancelledError out of the body goes on, unless it was only our
        # own request (see _on_task_done).
        propagate_cancellation_error = exc if et is CancelledError else None
        if self._parent_cancel_requested:
            if self._parent_task.uncancel() == 0:
                propagate_cancellation_error = None

        if et is not None and not self._aborting:
            # The body failed or was cancelled: stop the tasks.
            self._abort()

        # Wait until every task is done.  The wait itself may be cancelled
        # (perhaps more than once), so it is a loop.
        while self._tasks:
            if self._on_completed_fut is None:
                self._on_completed_fut = self._loop.create_future()
            try:
                await self._on_completed_fut
            except CancelledError as ex:
                if not self._aborting:
                    # Our parent task is cancelled while the tasks run:
                    # cancel them, and pass the cancellation on at the end.
                    propagate_cancellation_error = ex
                    self._abort()
            self._on_completed_fut = None

        if self._base_error is not None:
            raise self._base_error

        # Errors win over a cancellation.
        if propagate_cancellation_error and not self._errors:
            raise propagate_cancellation_error

        if et is not None and et is not CancelledError:
            self._errors.append(exc)

        if self._errors:
            try:
                me = ExceptionGroup('unhandled errors in a TaskGroup', self._errors)
                raise me from None
            finally:
                self._errors = None     # drop the references (cycles)

    def create_task(self, coro, *, name=None, context=None):
        if not self._entered:
            raise RuntimeError(f"TaskGroup {self!r} has not been entered")
        if self._exiting and not self._tasks:
            raise RuntimeError(f"TaskGroup {self!r} is finished")
        if self._aborting:
            raise RuntimeError(f"TaskGroup {self!r} is shutting down")
        # (orrery has no contextvars: context= is accepted and ignored.)
        task = self._loop.create_task(coro)
        if name is not None:
            task.set_name(name)
        task.add_done_callback(self._on_task_done)
        self._tasks.add(task)
        return task

    def _is_base_error(self, exc):
        # The exceptions that are never grouped: they stop the program.
        return isinstance(exc, (SystemExit, KeyboardInterrupt))

    def _abort(self):
        self._aborting = True
        for t in self._tasks:
            if not t.done():
                t.cancel()

    def _on_task_done(self, task):
        # A done callback of every task of the group.
        self._tasks.discard(task)
        if self._on_completed_fut is not None and not self._tasks:
            if not self._on_completed_fut.done():
                self._on_completed_fut.set_result(True)

        if task.cancelled():
            return
        exc = task.exception()
        if exc is None:
            return

        self._errors.append(exc)
        if self._is_base_error(exc) and self._base_error is None:
            self._base_error = exc

        if self._parent_task.done():
            # CPython reports this through loop.call_exception_handler();
            # it cannot happen while __aexit__ waits for the tasks.
            return

        if not self._aborting and not self._parent_cancel_requested:
            # The first failure: cancel the other tasks and also the body
            # of the block (by cancelling the parent task; __aexit__ takes
            # the request back with uncancel()).
            self._abort()
            self._parent_cancel_requested = True
            self._parent_task.cancel()
