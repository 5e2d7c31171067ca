/*
** asyncio.h -- the asyncio module: its functions (run, sleep, gather,
** create_task, get_event_loop ...), its exception classes, and the state
** shared by the loop (runtime/loop.c) and the futures (runtime/future.c).
*/
#ifndef RUNTIME_ASYNCIO_H
#define RUNTIME_ASYNCIO_H

#include "src/common.h"
#include "src/object.h"
#include "src/vm.h"
#include "runtime/loop.h"
#include "runtime/future.h"

/* One entry of the loops' weak sets of async generators (CPython's
** BaseEventLoop._asyncgens): [gen] was first iterated while [loop] ran. */
typedef struct {
  ObjCoro *gen;
  ObjLoop *loop;
} AsyncGenEntry;

/* Everything asyncio keeps per VM (vm->asyncio points to it).  Every
** object here is a GC root (see the root marker in asyncio.c), except the
** weak tables: the live tasks and the async generators. */
typedef struct {
  ObjModule *module;         /* the asyncio module */
  ObjClass *cls_future;      /* _asyncio.Future */
  ObjClass *cls_task;        /* _asyncio.Task */
  ObjClass *cls_gather;      /* asyncio.tasks._GatheringFuture */
  ObjClass *cls_future_iter; /* _asyncio.FutureIter */
  ObjClass *cls_sleep;       /* what asyncio.sleep() returns (named 'coroutine') */
  ObjClass *cls_handle;      /* asyncio.events.Handle */
  ObjClass *cls_timer_handle;/* asyncio.events.TimerHandle */
  ObjClass *cls_loop;        /* asyncio.unix_events._UnixSelectorEventLoop */

  ObjLoop *running_loop;     /* the loop inside run_forever, or NULL
                                (events._get_running_loop()) */
  ObjLoop *event_loop;       /* the policy's current loop (set_event_loop), or NULL */
  bool set_called;           /* set_event_loop() was called at least once: then
                                get_event_loop() no longer creates a loop */
  uint64_t task_counter;     /* the N of the last 'Task-N' name */
  bool lib_loaded;           /* runtime/lib/asyncio_*.py have run into the module */
  ObjTask *live_head, *live_tail; /* not-done tasks, in creation order; weak
                                     (CPython's _all_tasks WeakSet) */
  AsyncGenEntry *agens;      /* the async generators of the loops (weak, but a
                                suspended one is kept until its loop closes) */
  int agen_count, agen_capacity;
  double virtual_now;        /* the virtual clock, seconds (vm->virtual_clock) */
  Value run_until_complete_cb; /* the native that stops the loop when the
                                  future of run_until_complete is done */
  Value set_result_unless_cancelled; /* the native sleep()'s timer calls:
                                        futures._set_result_unless_cancelled */
  ObjHandle *handle_free;    /* handles that ran (or were cancelled) and that
                                only the loop knew, for handle_new to reuse
                                (runtime/loop.c handle_release); linked through
                                next_free, emptied by each collection */
  ObjTask *runner_task;      /* asyncio.run's main task while it runs (for Ctrl-C), or NULL */
  int runner_interrupts;     /* Ctrl-C presses during that run (Runner._interrupt_count) */
} AsyncioState;

/* Create the asyncio module (stored in vm->modules under 'asyncio'), its
** classes and exceptions, and set vm->exc_CancelledError and
** vm->exc_InvalidStateError.  Called by runtime_init after the builtins
** exist.  False after raising (MemoryError). */
bool asyncio_init(VM *vm);

/* Free the state (called at VM shutdown, after the objects are gone). */
void asyncio_free(VM *vm);

/* The asyncio state of [vm]. */
static inline AsyncioState *asyncio_state(VM *vm) { return (AsyncioState *)vm->asyncio; }

/* asyncio.get_event_loop() as 3.11.7: the running loop, else the policy's
** loop, made on first use unless set_event_loop was called ('There is no
** current event loop in thread 'MainThread'.').  NULL after raising. */
ObjLoop *asyncio_get_event_loop(VM *vm);

/* asyncio.get_running_loop(): RuntimeError 'no running event loop'. */
ObjLoop *asyncio_get_running_loop(VM *vm);

/* asyncio.ensure_future([obj], loop=[loop]): a future as is, a coroutine
** wrapped in a Task on [loop] (NULL: get_event_loop()).  *out; false after
** raising (TypeError 'An asyncio.Future, a coroutine or an awaitable is
** required'). */
bool asyncio_ensure_future(VM *vm, Value obj, ObjLoop *loop, Value *out);

/* Link / unlink a task in the registry of live tasks (all_tasks()). */
void asyncio_register_task(VM *vm, ObjTask *t);
void asyncio_unregister_task(VM *vm, ObjTask *t);

/* asyncio.run([coro], debug=[debug]) (debug NONE_VAL: leave it), callable
** from C: run coro as a task in a new loop made current, then cancel the
** tasks left over, let them finish, close the loop and set_event_loop(None)
** (as runners.Runner).  *out is coro's result; false after raising. */
bool asyncio_run(VM *vm, Value coro, Value debug, Value *out);

/* Bind a native's arguments to parameters, as a Python signature would:
** the first [npos] of the [nnames] parameters [names] may be passed
** positionally (args[0 .. argc)), any by keyword through [kwargs]; the
** first [nrequired] must be present.  out[i] is UNDEF for an absent one.
** TypeError with CPython-like messages ('sleep() missing 1 required
** positional argument: 'delay'') and false on a mismatch. */
bool asyncio_parse_args(VM *vm, const char *fname, int argc, Value *args,
                        ObjDict *kwargs, int nnames, const char *const *names,
                        int npos, int nrequired, Value *out);

/* A Python int/float/bool as seconds in *out; false (and no exception
** raised) when [v] is not a number. */
bool asyncio_number(Value v, double *out);

/* Report an exception nobody can catch any more, as CPython's default
** loop exception handler logs it on stderr:
**   Exception in callback f() at x.py:3        <- [message]
**   handle: <Handle f() at x.py:3>             <- [label]: repr([subject])
**   Traceback (most recent call last): ...     <- [exc]
** [label] may be NULL (no second line).  Never fails: a failing repr is
** replaced by '?'. */
void asyncio_report_exception(VM *vm, const char *message, const char *label, Value subject,
                              Value exc);

#endif
