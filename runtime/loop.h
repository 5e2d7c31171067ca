/*
** loop.h -- the event loop: a ready queue, a timer heap and a clock.
**
** This is the part of asyncio a student should read first.  An event loop
** is nothing but two queues and a clock:
**
**   - the ready queue: callbacks (Handles) that must run as soon as
**     possible, in the order they were scheduled (call_soon);
**   - the timer heap: callbacks that must run at a given time
**     (TimerHandles, call_at / call_later), ordered by deadline and, for
**     equal deadlines, by the order they were scheduled;
**   - the clock: CLOCK_MONOTONIC seconds, or, with --virtual-clock, a
**     number that jumps straight to the next deadline when nothing is ready.
**
** One iteration (loop_run_once, CPython's BaseEventLoop._run_once) moves the
** timers that are due to the ready queue and runs exactly the handles that
** were ready when the iteration started.  Tasks (runtime/future.h) are built
** on top: a Task is a callback that resumes a coroutine, re-scheduled each
** time the future it waits for is done.
*/
#ifndef RUNTIME_LOOP_H
#define RUNTIME_LOOP_H

#include "src/common.h"
#include "src/object.h"
#include "src/vm.h"

typedef struct ObjLoop ObjLoop;

/* What running a handle does.  The internal kinds spare objects per task
** and per sleep: where CPython binds a callable (a TaskStepMethWrapper, the
** task_wakeup builtin, _set_result_unless_cancelled with an argument
** tuple), orrery's handle just names the object to act on.  handle_repr
** shows them as the callable would be shown. */
typedef enum {
  HANDLE_CALL,             /* callback(*args): what call_soon / call_at schedule */
  HANDLE_TASK_STEP,        /* callback is a Task: run its step (Task.__step),
                              throwing in args[0] if there are args */
  HANDLE_TASK_WAKEUP,      /* callback is a Task: its wakeup (Task.__wakeup)
                              for the future args[0] */
  HANDLE_SLEEP_END,        /* callback is an asyncio.sleep() awaitable: its
                              delay is over (futures._set_result_unless_cancelled
                              on its future and result) */
} HandleKind;

/* A scheduled callback: asyncio.Handle, or asyncio.TimerHandle when
** [is_timer].  Kind OBJ_HANDLE.  CPython's asyncio.events.Handle.
** 64 bytes (a sleeping task holds its timer): the callback is an object
** pointer, as every callable is an object -- a callback that is not one
** (call_soon(1) is allowed; it fails when run) is boxed as the first item
** of the args tuple ([boxed]); the flags share a word with the sequence
** number, which 56 bits hold for ever (a billion timers a second would
** take two years to use them up); the free list links through callback,
** which a handle on it no longer has.  Read the callback with
** handle_callback and the arguments with handle_args. */
typedef struct ObjHandle {
  Obj obj;
  union {
    Obj *callback;         /* what to call (or act on, see kind); NULL once
                              cancelled (as CPython drops it, so that the
                              handle keeps nothing alive), or when boxed */
    struct ObjHandle *next_free; /* on AsyncioState.handle_free: the next one */
  };
  union {                  /* the positional arguments (read them with handle_args): */
    ObjTuple *args;        /* !arg_inline: a tuple, or NULL for none / cancelled;
                              boxed: (callback, *args) */
    Obj *arg;              /* arg_inline: the only one, an object -- a future's
                              done callback gets the future, and a task's wakeup
                              too, with no tuple made each time */
  };
  ObjLoop *loop;           /* the loop it was scheduled on */
  double when;             /* deadline in loop-clock seconds (timers only) */
  uint64_t seq : 56;       /* scheduling order: breaks ties between equal deadlines */
  uint64_t kind : 2;       /* a HandleKind */
  uint64_t cancelled : 1;  /* cancel() was called: the loop will skip it */
  uint64_t is_timer : 1;   /* a TimerHandle (has a deadline)? */
  uint64_t scheduled : 1;  /* a timer still in the loop's heap? */
  uint64_t arg_inline : 1; /* the one argument is in arg (see above)? */
  uint64_t boxed : 1;      /* the callback is not an object: it is args->items[0] */
  uint64_t exposed : 1;    /* handed to Python code (what call_soon, call_later
                              and call_at return): never recycled (nor is one
                              given to an exception handler, see handle_run) */
} ObjHandle;
_Static_assert(HANDLE_SLEEP_END <= 3, "every HandleKind fits ObjHandle.kind's 2 bits");

/* What [h] calls (or acts on, see HandleKind), UNDEF once cancelled. */
static inline Value handle_callback(const ObjHandle *h) {
  if (h->boxed) return h->args->items[0];
  return h->callback != NULL ? OBJ_VAL(h->callback) : UNDEF_VAL;
}

/* The positional arguments [h] calls its callback with: returns their count
** and sets *argv to them -- the tuple's items (but a boxed callback), or
** [one] (filled here) for an inline argument.  Allocates nothing. */
static inline int handle_args(const ObjHandle *h, Value *one, Value **argv) {
  if (h->arg_inline) {
    *one = OBJ_VAL(h->arg);
    *argv = one;
    return 1;
  }
  if (h->args == NULL) {
    *argv = NULL;
    return 0;
  }
  *argv = h->args->items + h->boxed;
  return (int)h->args->count - (int)h->boxed;
}

/* The lifecycle of a loop.  'Stopping' is not a state but a request
** (ObjLoop.stopping) honoured at the end of the current iteration. */
typedef enum {
  LOOP_IDLE,               /* created, not running: may run, may be closed */
  LOOP_RUNNING,            /* inside run_forever / run_until_complete */
  LOOP_CLOSED,             /* close() was called: nothing may be scheduled */
} LoopState;

/* An event loop (kind OBJ_LOOP), CPython's _UnixSelectorEventLoop without
** the selector: there is no I/O yet, so waiting is just sleeping. */
struct ObjLoop {
  Obj obj;
  LoopState state;
  bool stopping;           /* stop() was called: leave after this iteration */
  bool debug;              /* get_debug(); only shown in the repr for now */

  /* The ready queue: a FIFO ring buffer.  Handle i (0 = oldest) lives at
     ready[(ready_head + i) & (ready_capacity - 1)]; capacity is 0 or a
     power of two.  Pushing and popping never allocate unless it is full. */
  ObjHandle **ready;
  size_t ready_head;       /* index of the oldest handle */
  size_t ready_count;      /* handles in the queue */
  size_t ready_capacity;   /* slots (0 or a power of two) */

  /* The timer heap: a binary min-heap of TimerHandles on (when, seq). */
  ObjHandle **timers;
  size_t timer_count;
  size_t timer_capacity;
  size_t timer_cancelled_count; /* cancelled timers still in the heap */
  uint64_t next_seq;       /* sequence number for the next timer */

  Obj *current_task;       /* the Task whose step is running (asyncio.current_task()),
                              or NULL */
  Value exception_handler; /* set_exception_handler()'s callable, or NONE_VAL */
};

/* Minimum clock resolution used to decide which timers are due, in seconds
** (time.get_clock_info('monotonic').resolution, as CPython's _clock_resolution). */
#define LOOP_CLOCK_RESOLUTION 1e-9
/* The longest single wait, in seconds (CPython's MAXIMUM_SELECT_TIMEOUT). */
#define LOOP_MAX_WAIT (24.0 * 3600.0)

/* Create a new idle loop (asyncio.new_event_loop()).  NULL on MemoryError. */
ObjLoop *loop_new(VM *vm);

/* The clock every loop of [vm] reads, in seconds: CLOCK_MONOTONIC, or the
** virtual clock (starting at 0.0) when vm->virtual_clock. */
double loop_clock(VM *vm);

/* loop.time(): the loop's clock, in seconds (as BaseEventLoop.time). */
double loop_time(VM *vm, ObjLoop *loop);

/* Raise RuntimeError('Event loop is closed') and return false if [loop] is
** closed; true otherwise (as BaseEventLoop._check_closed). */
bool loop_check_closed(VM *vm, ObjLoop *loop);

/* Schedule [callback](*args) to run at the next iteration (as
** BaseEventLoop.call_soon).  [args] (argc values) are copied into a tuple.
** Returns the new Handle, or NULL after raising (closed loop, MemoryError).
** Does not check that callback is callable: the Python-level method does. */
ObjHandle *loop_call_soon(VM *vm, ObjLoop *loop, Value callback, int argc, Value *args);

/* loop_call_soon for a handle of [kind] (future.c's task steps and wakeups). */
ObjHandle *loop_call_soon_kind(VM *vm, ObjLoop *loop, HandleKind kind, Value callback, int argc,
                               Value *args);

/* Schedule [callback](*args) at absolute loop time [when], in seconds (as
** BaseEventLoop.call_at).  Returns the TimerHandle, or NULL after raising. */
ObjHandle *loop_call_at(VM *vm, ObjLoop *loop, double when, Value callback,
                        int argc, Value *args);

/* call_at(time() + [delay]) (as BaseEventLoop.call_later).  Delay in seconds. */
ObjHandle *loop_call_later(VM *vm, ObjLoop *loop, double delay, Value callback,
                           int argc, Value *args);

/* loop_call_later for a handle of [kind] (future.c's sleep timers). */
ObjHandle *loop_call_later_kind(VM *vm, ObjLoop *loop, double delay, HandleKind kind,
                                Value callback, int argc, Value *args);

/* handle.cancel(): the loop will skip it; drops callback and args.  A
** cancelled timer stays in the heap until it reaches the top. */
void handle_cancel(VM *vm, ObjHandle *h);

/* Run one iteration (as BaseEventLoop._run_once): drop cancelled timers at
** the top of the heap, wait until the next deadline unless something is
** ready or stop() was called, move due timers to the ready queue, then run
** the handles that were ready at that point (not those they schedule).
** An exception in a callback is reported on stderr and the loop goes on,
** except KeyboardInterrupt and SystemExit: then it returns false with the
** exception pending (the rest of this iteration's handles stay queued). */
bool loop_run_once(VM *vm, ObjLoop *loop);

/* loop.run_forever(): iterate until stop() (as BaseEventLoop.run_forever).
** False after raising: RuntimeError if closed or already running (or if
** another loop runs), or an exception escaping loop_run_once. */
bool loop_run_forever(VM *vm, ObjLoop *loop);

/* loop.run_until_complete([future]): wrap a coroutine in a Task, run until
** it is done, return its result in *out (as BaseEventLoop.run_until_complete).
** False after raising. */
bool loop_run_until_complete(VM *vm, ObjLoop *loop, Value future, Value *out);

/* loop.stop(): ask the loop to stop after the current iteration. */
void loop_stop(ObjLoop *loop);

/* loop.close(): RuntimeError 'Cannot close a running event loop' if
** running; closing twice is fine.  Clears both queues. */
bool loop_close(VM *vm, ObjLoop *loop);

/* repr(loop): '<_UnixSelectorEventLoop running=False closed=False debug=False>'. */
ObjStr *loop_repr(VM *vm, ObjLoop *loop);

/* repr(handle): '<Handle print(1) >', '<TimerHandle when=3.0 f() at x.py:3>',
** '<Handle cancelled>'.  NULL after raising (a repr of an argument failed). */
ObjStr *handle_repr(VM *vm, ObjHandle *h);

/* Describe a callback as CPython's format_helpers._format_callback_source:
** 'f(1, 2) at x.py:3' (qualname, the [argc] arguments [argv] shortened by
** reprlib, and the source position for Python functions).  NULL after
** raising. */
ObjStr *loop_format_callback(VM *vm, Value callback, int argc, const Value *argv);

/* The same for what handle [h] (not cancelled) runs: 'Task.task_step()'
** for a task's step, '_set_result_unless_cancelled(<Future ...>, None)'
** for the end of a sleep.  NULL after raising. */
ObjStr *handle_format_callback(VM *vm, ObjHandle *h);

/* loop.call_exception_handler([context]) as BaseEventLoop's: the custom
** handler (set_exception_handler) is called as handler(loop, context); if
** it raises, the default handler logs 'Unhandled error in exception
** handler'.  Without one, loop_default_exception_handler.  Every error the
** loop cannot give back to anybody goes through here.  A pending exception
** is kept.  False only when the handler raised SystemExit or
** KeyboardInterrupt (then pending, as CPython re-raises them). */
bool loop_call_exception_handler(VM *vm, ObjLoop *loop, ObjDict *context);

/* loop.default_exception_handler([context]): log on stderr as CPython's
** logger.error does: the message ('Unhandled exception in event loop' if
** none), one 'key: repr(value)' line per other key in sorted order (but
** 'exception'), then the traceback of context['exception'].  False after
** raising (a failing repr). */
bool loop_default_exception_handler(VM *vm, ObjDict *context);

/* call_exception_handler({'message': [message], 'exception': [exc],
** [key]: [subject]}) ([key] NULL: no third entry).  False as above. */
bool loop_report(VM *vm, ObjLoop *loop, const char *message, Value exc, const char *key,
                 Value subject);

/* Create the loop, Handle and TimerHandle classes and the OBJ_LOOP and
** OBJ_HANDLE KindOps (called by asyncio_init). */
bool loop_init(VM *vm);

#endif
