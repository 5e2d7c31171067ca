/*
** future.h -- asyncio.Future and asyncio.Task as C objects (CPython's
** _asyncio module), the iterator that `await future` drives, and the C
** awaitable returned by asyncio.sleep().
**
** A Future is a box for a result that is not there yet: pending, then
** either finished (with a result or an exception) or cancelled.  When it
** becomes done, its done callbacks are scheduled on its loop with
** call_soon(callback, future), in the order they were added.
**
** A Task is a Future that drives a coroutine.  Its step sends into the
** coroutine until the coroutine yields a Future; the task then sleeps until
** that Future is done (its "wakeup" is one of the Future's done callbacks)
** and steps again.  When the coroutine returns, the task's own result is set.
*/
#ifndef RUNTIME_FUTURE_H
#define RUNTIME_FUTURE_H

#include "src/common.h"
#include "src/object.h"
#include "src/vm.h"
#include "runtime/loop.h"

/* The three states of a Future (CPython's _PENDING/_CANCELLED/_FINISHED). */
typedef enum {
  FUTURE_PENDING,          /* no result yet */
  FUTURE_CANCELLED,        /* cancel() succeeded */
  FUTURE_FINISHED,         /* has a result or an exception */
} FutureState;

/* Which C struct a kind OBJ_FUTURE object is. */
typedef enum {
  FUTURE_KIND_PLAIN,       /* ObjFuture: asyncio.Future */
  FUTURE_KIND_TASK,        /* ObjTask: asyncio.Task */
  FUTURE_KIND_GATHER,      /* ObjGather: asyncio.tasks._GatheringFuture */
} FutureKind;

/* asyncio.Future (kind OBJ_FUTURE).  Task and _GatheringFuture extend it. */
typedef struct ObjFuture {
  Obj obj;
  FutureKind kind;         /* which struct this really is */
  FutureState state;
  ObjLoop *loop;           /* get_loop(): where callbacks are scheduled */
  Value result;            /* set_result()'s value (FINISHED, no exception) */
  Value exception;         /* set_exception()'s exception, or UNDEF */
  Value cancel_message;    /* cancel(msg)'s msg, NONE_VAL when none */
  Value cancelled_exc;     /* the CancelledError to raise from result(), or
                              UNDEF (then a new one is made from cancel_message) */
  ObjList *callbacks;      /* done callbacks (callables), or NULL when none */
  bool blocking;           /* _asyncio_future_blocking: set by `await` when it
                              yields the future to the task driving it */
  bool log_traceback;      /* an exception nobody has retrieved yet */
} ObjFuture;

/* What a Task is doing now (for :tasks and the trace hook; CPython keeps no
** such field, it is derived from _fut_waiter and done()). */
typedef enum {
  TASK_SCHEDULED,          /* its step is in the ready queue */
  TASK_RUNNING,            /* its step is running the coroutine now */
  TASK_WAITING,            /* parked on fut_waiter until it is done */
  TASK_DONE,               /* the underlying Future is done */
} TaskPhase;

/* asyncio.Task: a Future that runs a coroutine (kind OBJ_FUTURE). */
typedef struct ObjTask {
  ObjFuture fut;           /* the Future part (fut.kind == FUTURE_KIND_TASK) */
  Value coro;              /* the coroutine it drives (get_coro()) */
  ObjStr *name;            /* get_name(): 'Task-1' ... */
  ObjFuture *fut_waiter;   /* the Future it waits for, or NULL */
  bool must_cancel;        /* throw CancelledError in at the next step */
  TaskPhase phase;
  int num_cancels_requested; /* cancelling(): cancel() calls not yet uncancel()ed */
  Value step_fn;           /* this task's __step, a native bound to it */
  Value wakeup_fn;         /* this task's __wakeup(future), a native bound to it */
  struct ObjTask *live_prev, *live_next; /* the registry of not-done tasks */
  bool live;               /* linked in that registry? */
  bool log_destroy_pending; /* _log_destroy_pending: report 'Task was destroyed but
                              it is pending!' if collected while pending */
} ObjTask;

/* asyncio.tasks._GatheringFuture: the outer future of gather(). */
typedef struct {
  ObjFuture fut;           /* fut.kind == FUTURE_KIND_GATHER */
  ObjList *children;       /* the child futures, in argument order */
  int nfinished;           /* children done so far */
  int nfuts;               /* distinct children */
  bool return_exceptions;  /* gather(return_exceptions=...) */
  bool cancel_requested;   /* cancel() reached at least one child */
} ObjGather;

/* What a kind OBJ_FUTURE_ITER object iterates. */
typedef enum {
  FITER_FUTURE,            /* future.__await__(): yield the future once */
  FITER_SLEEP,             /* asyncio.sleep(delay, result): a C coroutine */
} FutureIterKind;

/* The iterator of `await future`, and asyncio.sleep()'s awaitable. */
typedef struct {
  Obj obj;
  FutureIterKind kind;
  ObjFuture *fut;          /* the future awaited (sleep: made at first send), or NULL */
  bool yielded;            /* already yielded once (suspended)? */
  bool finished;           /* returned, raised or was closed? */
  double delay;            /* sleep: seconds */
  Value sleep_result;      /* sleep: what it returns */
  ObjHandle *timer;        /* sleep: the call_later handle, or NULL */
} ObjFutureIter;

#define IS_FUTURE(v)  IS_KIND(v, OBJ_FUTURE)
#define AS_FUTURE(v)  ((ObjFuture *)AS_OBJ(v))
#define IS_TASK(v)    (IS_FUTURE(v) && AS_FUTURE(v)->kind == FUTURE_KIND_TASK)
#define AS_TASK(v)    ((ObjTask *)AS_OBJ(v))

/* A new pending Future on [loop] (loop.create_future()).  NULL on MemoryError. */
ObjFuture *future_new(VM *vm, ObjLoop *loop);

/* future.set_result([v]): InvalidStateError 'invalid state' unless
** pending; schedules the done callbacks.  False after raising. */
bool future_set_result(VM *vm, ObjFuture *f, Value v);

/* future.set_exception([exc]): [exc] may be a class (instantiated) or an
** instance; TypeError for StopIteration and non-exceptions. */
bool future_set_exception(VM *vm, ObjFuture *f, Value exc);

/* future.cancel(msg) for any Future: Tasks and gathers cancel what they
** wait for.  *cancelled tells whether anything was cancelled (the method's
** return value).  False after raising. */
bool future_cancel(VM *vm, ObjFuture *f, Value msg, bool *cancelled);

/* future.result(): the result in *out; raises the exception, CancelledError
** or InvalidStateError 'Result is not set.' and returns false otherwise. */
bool future_result(VM *vm, ObjFuture *f, Value *out);

/* The exception to throw into a waiter of done future [f]: its exception,
** a CancelledError if cancelled, UNDEF on success.  *out; false on MemoryError. */
bool future_outcome_exception(VM *vm, ObjFuture *f, Value *out);

/* future.add_done_callback([fn]): schedules it at once if already done. */
bool future_add_done_callback(VM *vm, ObjFuture *f, Value fn);

/* Remove every callback == [fn]; *removed counts them.  False after raising. */
bool future_remove_done_callback(VM *vm, ObjFuture *f, Value fn, int *removed);

/* repr(future) as CPython: '<Future pending>', '<Future finished result=1>',
** '<Task pending name='Task-1' coro=<main() running at x.py:3>>'. */
ObjStr *future_repr(VM *vm, ObjFuture *f);

/* A new Task driving [coro] on [loop] with [name] (NONE_VAL: 'Task-N'),
** its first step scheduled (as Task.__init__).  TypeError 'a coroutine was
** expected, got X' if coro is not one.  NULL after raising. */
ObjTask *task_new(VM *vm, ObjLoop *loop, Value coro, Value name);

/* Is [v] a coroutine for asyncio (a coroutine, a generator, or sleep()'s
** awaitable)?  As asyncio.iscoroutine. */
bool future_is_coroutine(Value v);

/* A new asyncio.sleep([delay] seconds, [result]) awaitable.  NULL on MemoryError. */
Obj *future_sleep_new(VM *vm, double delay, Value result);

/* asyncio.gather(*aws, return_exceptions=...) with [argc] awaitables
** [aws] (argc > 0): wraps coroutines in tasks on the loop of the first
** future (or get_event_loop()), then returns the outer _GatheringFuture,
** whose result is the list of results in argument order.  NULL after
** raising. */
ObjGather *future_gather(VM *vm, int argc, Value *aws, bool return_exceptions);

/* Reprlib-style short repr (reprlib.repr: strings cut to 30 characters,
** lists/tuples to 6 items ...), used by Future and Handle reprs. */
ObjStr *future_short_repr(VM *vm, Value v);

/* Create the Future, Task, _GatheringFuture and sleep classes and the
** OBJ_FUTURE / OBJ_FUTURE_ITER KindOps (called by asyncio_init). */
bool future_init(VM *vm);

#endif
