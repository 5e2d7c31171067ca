# asyncio_shutdown.py -- BaseEventLoop.shutdown_asyncgens of CPython 3.11's
# asyncio/base_events.py (loop.shutdown_asyncgens() calls it; so does
# asyncio.run before it closes its loop, when the loop has async generators).
#
# The loop remembers every async generator first iterated while it ran (a
# weak set, kept in C: runtime/asyncio.c).  An `async for` left with `break`
# leaves its generator suspended inside the loop body, its `finally:` not run
# yet.  Here every such generator gets aclose(), all at once through gather:
# aclose() throws GeneratorExit in at the `yield`, so the `finally:` blocks
# run now.  An error while closing is not raised but reported through the
# loop's exception handler, as CPython does.


async def _wrap_awaitable(awaitable):
    # What CPython's ensure_future wraps a non-coroutine awaitable (here the
    # async_generator_athrow object of aclose()) in, to make it a task.
    return await awaitable


async def _shutdown_asyncgens(loop):
    closing_agens = _asyncgen_take(loop)
    if not len(closing_agens):
        return

    results = await gather(
        *[_wrap_awaitable(ag.aclose()) for ag in closing_agens],
        return_exceptions=True)

    for result, agen in zip(results, closing_agens):
        if isinstance(result, Exception):
            loop.call_exception_handler({
                'message': f'an error occurred during closing of '
                           f'asynchronous generator {agen!r}',
                'exception': result,
                'asyncgen': agen
            })
