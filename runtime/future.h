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

/* asyncio.Future (kind OBJ_FUTURE).  Task and _GatheringFuture extend it.
** The done callbacks are callback0 followed by the items of callbacks: as in
** CPython's _asyncio, the first one needs no list (most futures only ever
** get one: the wakeup of the task awaiting them), and a list is made only
** when a second one comes while the first is still there.  A task's wakeup
** in callback0 is just the task (callback0_wakeup); elsewhere it is a
** native bound to the task, as CPython's is everywhere.
** CPython's fields that are never needed at the same time share a slot
** (so a future takes 64 bytes; every sleep() makes one): callback0 is
** only there while pending, the result only once finished, the cancel
** message (_cancel_message) only once cancelled; the other done callbacks
** only while pending, the exception only when finished, the CancelledError
** to re-raise only when cancelled -- both objects, so a pointer each.
** (A pending task keeps the message of a cancel() it must still act on in
** its own cancel_message.)  Read them through future_callback0,
** future_callbacks, future_exception and future_result_value (and the
** message through cancel_message in future.c). */
typedef struct ObjFuture {
  Obj obj;
  uint8_t kind;            /* which struct this really is (a FutureKind) */
  uint8_t state;           /* a FutureState */
  bool blocking;           /* _asyncio_future_blocking: set by `await` when it
                              yields the future to the task driving it */
  bool log_traceback;      /* an exception nobody has retrieved yet */
  bool callback0_wakeup;   /* callback0 is a Task, and the callback is its
                              __wakeup (see future_callback_at) */
  ObjLoop *loop;           /* get_loop(): where callbacks are scheduled */
  Value value;             /* PENDING: callback0, the first done callback, or
                              UNDEF; FINISHED: set_result()'s value (NONE_VAL
                              after set_exception); CANCELLED: cancel(msg)'s
                              msg, NONE_VAL when none */
  union {
    ObjList *callbacks;    /* PENDING: the done callbacks after callback0, or NULL */
    Obj *exc;              /* FINISHED: set_exception()'s exception, or NULL;
                              CANCELLED: cancelled_exc, the CancelledError to
                              raise from result(), or NULL (then a new one is
                              made from the message in value) */
  };
} ObjFuture;

/* What a Task is doing now (for :tasks and the trace hook; CPython keeps no
** such field, it is derived from _fut_waiter and done()). */
typedef enum {
  TASK_SCHEDULED,          /* its step is in the ready queue */
  TASK_RUNNING,            /* its step is running the coroutine now */
  TASK_WAITING,            /* parked on fut_waiter until it is done */
  TASK_DONE,               /* the underlying Future is done */
} TaskPhase;

/* asyncio.Task: a Future that runs a coroutine (kind OBJ_FUTURE).  Packed
** to 128 bytes: a suspended task is mostly this, its coroutine and frame. */
typedef struct ObjTask {
  ObjFuture fut;           /* the Future part (fut.kind == FUTURE_KIND_TASK) */
  Obj *coro;               /* the coroutine it drives (get_coro(); always an
                              object, see task_new): read it with task_coro */
  union {
    ObjStr *name;          /* named: get_name() */
    uint64_t name_num;     /* !named: the N of the default name 'Task-<N>',
                              not made until somebody asks for it (task_name
                              makes it; a str per task costs 80 bytes) */
  };
  ObjFuture *fut_waiter;   /* the Future it waits for, or NULL */
  Value cancel_message;    /* must_cancel: the msg of the cancel() that set it,
                              for the CancelledError of the next step; else
                              NONE_VAL (once cancelled: in fut.value) */
  int num_cancels_requested; /* cancelling(): cancel() calls not yet uncancel()ed */
  uint8_t phase : 2;       /* a TaskPhase */
  bool must_cancel : 1;    /* throw CancelledError in at the next step */
  bool live : 1;           /* linked in the registry below? */
  bool log_destroy_pending : 1; /* _log_destroy_pending: report 'Task was destroyed
                              but it is pending!' if collected while pending */
  bool named : 1;          /* is name (not name_num) set? */
  struct ObjTask *live_prev, *live_next; /* the registry of not-done tasks */
} ObjTask;

/* The coroutine task [t] drives, as a Value. */
static inline Value task_coro(const ObjTask *t) { return OBJ_VAL(t->coro); }

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

/* The iterator of `await future`, and asyncio.sleep()'s awaitable (64
** bytes: a sleeping task holds one).  A sleep needs its result until it
** schedules its timer, which then holds it (as CPython's timer holds
** _set_result_unless_cancelled's arguments), so the two share a slot. */
typedef struct {
  Obj obj;
  uint8_t kind;            /* a FutureIterKind */
  bool yielded;            /* already yielded once (suspended)? */
  bool finished;           /* returned, raised or was closed? */
  bool has_timer;          /* sleep: timer (not sleep_result) is in the union? */
  ObjFuture *fut;          /* the future awaited (sleep: made at first send), or NULL */
  double delay;            /* sleep: seconds */
  union {
    Value sleep_result;    /* !has_timer: sleep: what it returns (NONE_VAL for
                              an `await future` iterator) */
    ObjHandle *timer;      /* has_timer: the call_later handle (its argument is
                              the result), or NULL once it ran or was cancelled;
                              read it with future_sleep_timer */
  };
} ObjFutureIter;

/* The timer of sleep() [it], or NULL: not scheduled yet, cancelled, or run
** and taken back by the loop (runtime/loop.c handle_release). */
static inline ObjHandle *future_sleep_timer(const ObjFutureIter *it) {
  return it->has_timer ? it->timer : NULL;
}

/* The first done callback of [f] (UNDEF: none): pending futures only have any. */
static inline Value future_callback0(const ObjFuture *f) {
  return f->state == FUTURE_PENDING ? f->value : UNDEF_VAL;
}

/* The done callbacks of [f] after the first (pending futures only have
** any), or NULL. */
static inline ObjList *future_callbacks(const ObjFuture *f) {
  return f->state == FUTURE_PENDING ? f->callbacks : NULL;
}

/* The exception [f] finished with (set_exception), or UNDEF. */
static inline Value future_exception(const ObjFuture *f) {
  return f->state == FUTURE_FINISHED && f->exc != NULL ? OBJ_VAL(f->exc) : UNDEF_VAL;
}

/* The result [f] finished with (set_result): NONE_VAL if it is not finished
** or finished with an exception. */
static inline Value future_result_value(const ObjFuture *f) {
  return f->state == FUTURE_FINISHED ? f->value : NONE_VAL;
}

/* The task whose __wakeup [cb] is (a native made by future.c), or NULL. */
ObjTask *future_wakeup_task(Value cb);

/* How many done callbacks [f] has, and the [i]th of them (i < count),
** in the order they will be scheduled.  Neither allocates (the REPL's views
** walk them).  When the callback is a task's __wakeup, *wakeup_of is that
** task (and the value returned may be the task itself, not a callable);
** else NULL. */
static inline size_t future_callback_count(const ObjFuture *f) {
  ObjList *cbs = future_callbacks(f);
  return (IS_UNDEF(future_callback0(f)) ? 0 : 1) + (cbs ? cbs->count : 0);
}
static inline Value future_callback_at(const ObjFuture *f, size_t i, ObjTask **wakeup_of) {
  Value cb0 = future_callback0(f);
  if (!IS_UNDEF(cb0)) {
    if (i == 0) {
      *wakeup_of = f->callback0_wakeup ? (ObjTask *)AS_OBJ(cb0) : future_wakeup_task(cb0);
      return cb0;
    }
    i--;
  }
  ObjList *cbs = future_callbacks(f);
  *wakeup_of = future_wakeup_task(cbs->items[i]);
  return cbs->items[i];
}

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

/* Remove every callback that is the very object [fn] (identity, so no
** Python code runs and a pending exception stays as it is). */
void future_discard_done_callback(ObjFuture *f, Value fn);

/* repr(future) as CPython: '<Future pending>', '<Future finished result=1>',
** '<Task pending name='Task-1' coro=<main() running at x.py:3>>'. */
ObjStr *future_repr(VM *vm, ObjFuture *f);

/* A new Task driving [coro] on [loop] with [name] (NONE_VAL: 'Task-N'),
** its first step scheduled (as Task.__init__).  TypeError 'a coroutine was
** expected, got X' if coro is not one.  NULL after raising. */
ObjTask *task_new(VM *vm, ObjLoop *loop, Value coro, Value name);

/* task.get_name(): the name given, or 'Task-N' made now from the number
** taken when the task was created (and kept).  NULL on MemoryError. */
ObjStr *task_name(VM *vm, ObjTask *t);

/* The task's name without allocating, for the REPL's views: its chars (in
** [buf], TASK_NAME_BUF bytes, for a default name not made yet) and their
** length in *len. */
#define TASK_NAME_BUF 32
const char *task_name_chars(const ObjTask *t, char *buf, size_t *len);

/* Task.__step([exc]) (UNDEF: send None), what a HANDLE_TASK_STEP handle
** runs.  False with an exception pending for KeyboardInterrupt / SystemExit
** out of the coroutine and for the loop's own errors (closed, MemoryError). */
bool task_run_step(VM *vm, ObjTask *t, Value exc);

/* Task.__wakeup([fut]): the future the task waited for is done; step,
** throwing in its exception if it has one.  What a HANDLE_TASK_WAKEUP
** handle runs.  False as task_run_step. */
bool task_run_wakeup(VM *vm, ObjTask *t, Value fut);

/* The end of an asyncio.sleep() (a HANDLE_SLEEP_END handle): the result of
** its future is set to [result] (the handle's argument) unless it was
** cancelled.  [sleep] is the awaitable.  False after raising. */
bool future_sleep_end(VM *vm, Value sleep, Value result);

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
