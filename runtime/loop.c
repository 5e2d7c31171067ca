/*
** loop.c -- the event loop (see loop.h for the picture).
**
** Read it in this order: the ready queue (a ring buffer), the timer heap,
** scheduling (call_soon / call_at / call_later), then loop_run_once, the
** heart of asyncio, and the run_forever / run_until_complete drivers built
** on it.  The Python-visible classes and their methods come last.
*/
#include "runtime/loop.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "src/gc.h"
#include "src/diag.h"
#include "runtime/runtime.h"
#include "runtime/asyncio.h"
#include "runtime/builtins.h"
#include "runtime/future.h"

/* ============================================================ the clock */

double loop_clock(VM *vm) {
  if (vm->virtual_clock) return asyncio_state(vm)->virtual_now;
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

double loop_time(VM *vm, ObjLoop *loop) {
  UNUSED(loop);                       /* every loop shares the VM's clock */
  return loop_clock(vm);
}

/*
** Wait [timeout] seconds, or forever when [forever] (nothing ready, no
** timer: CPython blocks in select() until I/O that we do not have yet).
** This is where CPython's selector.select(timeout) sits.  With the virtual
** clock, waiting for a deadline means jumping to it: [deadline] is the
** absolute time of the earliest timer.  A signal interrupting nanosleep
** just ends the wait early: the caller re-checks its queues anyway.
*/
static void wait_for_events(VM *vm, double timeout, double deadline, bool forever) {
  if (!forever && timeout <= 0) return;          /* something to do now? */
  if (vm->virtual_clock && !forever) {
    AsyncioState *st = asyncio_state(vm);
    if (deadline > st->virtual_now) st->virtual_now = deadline;
    return;
  }
  /* Real time (or a deadlock under the virtual clock, which hangs exactly
     as CPython does: nothing can ever wake the loop). */
#if CFG_FUZZ
  if (forever) { vm_budget_exhaust(); return; }   /* the fuzz harness: a hang ends the run */
#endif
  if (vm_sigint_pending) return;   /* a Ctrl-C or --timeout already came: the caller acts on it */
  double left = forever ? 1.0 : timeout;
  struct timespec req;
  req.tv_sec = (time_t)left;
  req.tv_nsec = (long)((left - (double)req.tv_sec) * 1e9);
  if (req.tv_nsec >= 1000000000L) req.tv_nsec = 999999999L;
  if (nanosleep(&req, NULL) != 0 && errno == EINTR) return;   /* Ctrl-C? the caller checks */
}

/* ====================================================== the ready queue */

/* Append [h] at the tail of the ready queue, growing the ring when full. */
static bool ready_push(VM *vm, ObjLoop *loop, ObjHandle *h) {
  if (loop->ready_count == loop->ready_capacity) {
    size_t old_cap = loop->ready_capacity;
    size_t new_cap = old_cap ? old_cap * 2 : 16;
    ObjHandle **items = gc_realloc(vm, NULL, 0, new_cap * sizeof(ObjHandle *));
    if (!items) return false;
    /* Unroll the ring into the new array, oldest first. */
    for (size_t i = 0; i < loop->ready_count; i++)
      items[i] = loop->ready[(loop->ready_head + i) & (old_cap - 1)];
    gc_realloc(vm, loop->ready, old_cap * sizeof(ObjHandle *), 0);
    loop->ready = items;
    loop->ready_head = 0;
    loop->ready_capacity = new_cap;
  }
  size_t tail = (loop->ready_head + loop->ready_count) & (loop->ready_capacity - 1);
  loop->ready[tail] = h;
  loop->ready_count++;
  return true;
}

/* Remove and return the oldest ready handle (the queue must not be empty). */
static ObjHandle *ready_pop(ObjLoop *loop) {
  ObjHandle *h = loop->ready[loop->ready_head];
  loop->ready[loop->ready_head] = NULL;
  loop->ready_head = (loop->ready_head + 1) & (loop->ready_capacity - 1);
  loop->ready_count--;
  return h;
}

/* ====================================================== the timer heap */

/* Does timer [a] come before timer [b]?  TimerHandle.__lt__ compares the
** deadlines only, so timers with equal deadlines come out in whatever order
** heapq's algorithm gives (not necessarily the scheduling order): the sifts
** below copy heapq's _siftdown and _siftup step for step. */
static bool timer_before(const ObjHandle *a, const ObjHandle *b) {
  return a->when < b->when;
}

/* heapq._siftdown: move the timer at [pos] up towards [start]. */
static void heap_sift_up_from(ObjHandle **heap, size_t start, size_t pos) {
  ObjHandle *item = heap[pos];
  while (pos > start) {
    size_t parent = (pos - 1) / 2;
    if (!timer_before(item, heap[parent])) break;
    heap[pos] = heap[parent];
    pos = parent;
  }
  heap[pos] = item;
}

static void heap_sift_up(ObjHandle **heap, size_t i) {
  heap_sift_up_from(heap, 0, i);
}

/* heapq._siftup: move the smaller child up until a leaf is reached, put the
** timer there, then sift it back up. */
static void heap_sift_down(ObjHandle **heap, size_t count, size_t i) {
  size_t start = i;
  ObjHandle *item = heap[i];
  size_t child = 2 * i + 1;
  while (child < count) {
    size_t right = child + 1;
    if (right < count && !timer_before(heap[child], heap[right])) child = right;
    heap[i] = heap[child];
    i = child;
    child = 2 * i + 1;
  }
  heap[i] = item;
  heap_sift_up_from(heap, start, i);
}

/* Add a timer to the heap (heapq.heappush). */
static bool heap_push(VM *vm, ObjLoop *loop, ObjHandle *h) {
  if (loop->timer_count == loop->timer_capacity) {
    size_t new_cap = loop->timer_capacity ? loop->timer_capacity * 2 : 16;
    ObjHandle **heap = gc_realloc(vm, loop->timers, loop->timer_capacity * sizeof(ObjHandle *),
                                  new_cap * sizeof(ObjHandle *));
    if (!heap) return false;
    loop->timers = heap;
    loop->timer_capacity = new_cap;
  }
  loop->timers[loop->timer_count++] = h;
  heap_sift_up(loop->timers, loop->timer_count - 1);
  return true;
}

/* Remove and return the earliest timer (heapq.heappop); heap not empty. */
static ObjHandle *heap_pop(ObjLoop *loop) {
  ObjHandle *top = loop->timers[0];
  loop->timer_count--;
  if (loop->timer_count > 0) {
    loop->timers[0] = loop->timers[loop->timer_count];
    heap_sift_down(loop->timers, loop->timer_count, 0);
  }
  loop->timers[loop->timer_count] = NULL;
  top->scheduled = false;
  return top;
}

static void handle_release(VM *vm, ObjHandle *h);

/* Drop every cancelled timer and rebuild the heap, as _run_once does when
** more than half of more than 100 timers are cancelled. */
static void heap_purge_cancelled(VM *vm, ObjLoop *loop) {
  size_t kept = 0;
  for (size_t i = 0; i < loop->timer_count; i++) {
    ObjHandle *h = loop->timers[i];
    if (h->cancelled) {
      h->scheduled = false;
      handle_release(vm, h);
    } else {
      loop->timers[kept++] = h;
    }
  }
  for (size_t i = kept; i < loop->timer_count; i++) loop->timers[i] = NULL;
  loop->timer_count = kept;
  loop->timer_cancelled_count = 0;
  for (size_t i = kept / 2; i-- > 0;) heap_sift_down(loop->timers, kept, i);
}

/* ========================================================= scheduling */

bool loop_check_closed(VM *vm, ObjLoop *loop) {
  if (loop->state == LOOP_CLOSED) return vm_raise(vm, vm->exc_RuntimeError, "Event loop is closed");
  return true;
}

/* A new Handle (or TimerHandle) of [kind] for callback(*args); not yet
** scheduled.  A single object argument is kept inline (no tuple). */
static ObjHandle *handle_new(VM *vm, ObjLoop *loop, bool is_timer, HandleKind kind, Value callback,
                             int argc, Value *args) {
  AsyncioState *st = asyncio_state(vm);
  ObjTuple *tuple = NULL;
  bool boxed = !IS_OBJ(callback);     /* not callable: it fails when run */
  bool inline_arg = argc == 1 && IS_OBJ(args[0]) && !boxed;
  if ((argc > 0 && !inline_arg) || boxed) {
    tuple = tuple_new(vm, (size_t)argc + boxed);
    if (!tuple) return NULL;
    if (boxed) tuple->items[0] = callback;
    for (int i = 0; i < argc; i++) tuple->items[i + boxed] = args[i];
  }
  ObjClass *cls = is_timer ? st->cls_timer_handle : st->cls_handle;
  ObjHandle *h = st->handle_free;
  if (h != NULL) {                    /* one that ran and nothing refers to */
    st->handle_free = h->next_free;
    h->obj.cls = cls;
    h->obj.hash_id = 0;
  } else if ((h = (ObjHandle *)gc_alloc(vm, sizeof(ObjHandle), OBJ_HANDLE, cls)) == NULL) {
    return NULL;
  }
  h->callback = boxed ? NULL : AS_OBJ(callback);
  if (inline_arg) h->arg = AS_OBJ(args[0]);
  else h->args = tuple;
  h->arg_inline = inline_arg;
  h->boxed = boxed;
  h->exposed = false;
  h->loop = loop;
  h->kind = kind;
  h->cancelled = false;
  h->is_timer = is_timer;
  h->scheduled = false;
  h->when = 0.0;
  h->seq = 0;
  return h;
}

ObjHandle *loop_call_soon_kind(VM *vm, ObjLoop *loop, HandleKind kind, Value callback, int argc,
                               Value *args) {
  if (!loop_check_closed(vm, loop)) return NULL;
  ObjHandle *h = handle_new(vm, loop, false, kind, callback, argc, args);
  if (!h || !ready_push(vm, loop, h)) return NULL;
  return h;
}

ObjHandle *loop_call_soon(VM *vm, ObjLoop *loop, Value callback, int argc, Value *args) {
  return loop_call_soon_kind(vm, loop, HANDLE_CALL, callback, argc, args);
}

/* call_at for a handle of [kind]. */
static ObjHandle *call_at_kind(VM *vm, ObjLoop *loop, double when, HandleKind kind, Value callback,
                               int argc, Value *args) {
  if (!loop_check_closed(vm, loop)) return NULL;
  ObjHandle *h = handle_new(vm, loop, true, kind, callback, argc, args);
  if (!h) return NULL;
  h->when = when;
  h->seq = loop->next_seq++;
  if (!heap_push(vm, loop, h)) return NULL;
  h->scheduled = true;
  vm_emit(vm, EV_TIMER_ADD, OBJ_VAL(h), FLOAT_VAL(when));
  return h;
}

ObjHandle *loop_call_at(VM *vm, ObjLoop *loop, double when, Value callback,
                        int argc, Value *args) {
  return call_at_kind(vm, loop, when, HANDLE_CALL, callback, argc, args);
}

ObjHandle *loop_call_later(VM *vm, ObjLoop *loop, double delay, Value callback,
                           int argc, Value *args) {
  return call_at_kind(vm, loop, loop_time(vm, loop) + delay, HANDLE_CALL, callback, argc, args);
}

ObjHandle *loop_call_later_kind(VM *vm, ObjLoop *loop, double delay, HandleKind kind,
                                Value callback, int argc, Value *args) {
  return call_at_kind(vm, loop, loop_time(vm, loop) + delay, kind, callback, argc, args);
}

/* Drop what [h] refers to (its callback and arguments), so that it keeps
** nothing alive. */
static void handle_drop_refs(ObjHandle *h) {
  h->callback = NULL;
  h->args = NULL;
  h->arg_inline = false;
  h->boxed = false;
}

void handle_cancel(VM *vm, ObjHandle *h) {
  UNUSED(vm);
  if (h->cancelled) return;
  /* A cancelled timer stays in the heap; the loop counts them so that it
     can purge the heap when they become the majority. */
  if (h->is_timer && h->scheduled) h->loop->timer_cancelled_count++;
  h->cancelled = true;
  handle_drop_refs(h);
}

/*
** Handle [h] has run or, cancelled, left the loop's queues: take it back
** for handle_new to reuse, if nobody else can refer to it.  That is so of
** every handle the loop made for itself (a task's step or wakeup, a
** future's done callback, a sleep()'s timer) -- as CPython's refcount would
** say, it is garbage now -- but not of one handed to Python code ([exposed])
** nor while an event hook (the REPL's views, --trace) may hold on to it.
** A sleep() that still names its timer (it has run, and the sleep is not
** resumed yet) forgets it: nothing reads it but the views, absent here.
*/
static void handle_release(VM *vm, ObjHandle *h) {
  if (h->exposed || vm->hook != NULL) return;
  if (h->kind == HANDLE_SLEEP_END && h->callback != NULL && h->callback->kind == OBJ_FUTURE_ITER) {
    ObjFutureIter *it = (ObjFutureIter *)h->callback;
    if (future_sleep_timer(it) == h) it->timer = NULL;
  }
  AsyncioState *st = asyncio_state(vm);
  handle_drop_refs(h);
  h->next_free = st->handle_free;
  st->handle_free = h;
}

/* ===================================================== one iteration */

/* Is the pending exception one that must stop the loop (KeyboardInterrupt,
** SystemExit) rather than be reported and forgotten? */
static bool exception_is_fatal(VM *vm) {
  return vm_exception_matches(vm, vm->exc_KeyboardInterrupt) ||
         vm_exception_matches(vm, vm->exc_SystemExit);
}

/* The exception being handled while the handler runs (Handle._run calls it
** inside `except BaseException as exc:`), so that an error in a custom
** handler gets it as __context__; UNDEF elsewhere (rooted by handle_run). */
static Value handling_exc = {0};

/* Run one handle (as Handle._run): call callback(*args).  An exception is
** reported as CPython's default exception handler does, and forgotten,
** unless it is KeyboardInterrupt / SystemExit: then false, still pending. */
static bool handle_run(VM *vm, ObjHandle *h) {
  vm_emit(vm, EV_HANDLE_RUN, OBJ_VAL(h), NONE_VAL);
  vm_push_root(vm, OBJ_VAL(h));       /* it is out of the queue: keep it alive */
  Value one, *argv;
  int argc = handle_args(h, &one, &argv);
  Value result;
  bool ok;
  switch ((HandleKind)h->kind) {
    case HANDLE_TASK_STEP: ok = task_run_step(vm, (ObjTask *)h->callback, argc > 0 ? argv[0] : UNDEF_VAL); break;
    case HANDLE_TASK_WAKEUP: ok = task_run_wakeup(vm, (ObjTask *)h->callback, argc > 0 ? argv[0] : NONE_VAL); break;
    case HANDLE_SLEEP_END: ok = future_sleep_end(vm, OBJ_VAL(h->callback), argc > 0 ? argv[0] : NONE_VAL); break;
    case HANDLE_CALL: default: ok = vm_call(vm, handle_callback(h), argc, argv, NULL, &result); break;
  }
  bool clean = ok;                     /* nobody was given the handle? */
  if (!ok && !exception_is_fatal(vm)) {
    Value exc = vm_take_exception(vm);
    vm_push_root(vm, exc);
    ObjStr *cb = handle_format_callback(vm, h);
    if (!cb) { vm_take_exception(vm); cb = str_from_cstr(vm, "?"); }
    char line[512];
    snprintf(line, sizeof line, "Exception in callback %s", cb ? cb->chars : "?");
    Value outer = handling_exc;
    handling_exc = exc;
    ok = loop_report(vm, h->loop, line, exc, "handle", OBJ_VAL(h));
    handling_exc = outer;
    vm_pop_root(vm, 1);
  }
  vm_pop_root(vm, 1);
  /* Once run, a handle the loop made for itself is garbage: the next
     handle_new takes it back -- no allocation per task switch or sleep. */
  if (clean) handle_release(vm, h);
  return ok;
}

bool loop_run_once(VM *vm, ObjLoop *loop) {
  /* 1. Forget cancelled timers: all of them when they are the majority of
        a big heap, else just those at the top. */
  if (loop->timer_count > 100 && loop->timer_cancelled_count * 2 > loop->timer_count) {
    heap_purge_cancelled(vm, loop);
  } else {
    while (loop->timer_count > 0 && loop->timers[0]->cancelled) {
      loop->timer_cancelled_count--;
      handle_release(vm, heap_pop(loop));
    }
  }

  /* 2. How long may we wait?  Not at all if something is ready or stop()
        was called; until the earliest deadline if there is a timer;
        otherwise forever (CPython would wait for I/O). */
  double timeout = 0.0, deadline = 0.0;
  bool forever = false;
  if (loop->ready_count > 0 || loop->stopping) {
    timeout = 0.0;
  } else if (loop->timer_count > 0) {
    deadline = loop->timers[0]->when;
    timeout = deadline - loop_time(vm, loop);
    if (timeout < 0) timeout = 0;
    if (timeout > LOOP_MAX_WAIT) timeout = LOOP_MAX_WAIT;
  } else {
    forever = true;
  }

  /* 3. Wait (CPython: self._selector.select(timeout)).  Ctrl-C ends the
        wait: KeyboardInterrupt, or asyncio.run's Runner cancels its task. */
  wait_for_events(vm, timeout, deadline, forever);
  if (vm_sigint_pending && !vm_handle_sigint(vm)) return false;

  /* 4. Every timer due by now (within the clock's resolution) becomes ready. */
  double end_time = loop_time(vm, loop) + LOOP_CLOCK_RESOLUTION;
  while (loop->timer_count > 0) {
    if (loop->timers[0]->when >= end_time) break;
    ObjHandle *h = heap_pop(loop);
    if (!ready_push(vm, loop, h)) return false;
  }

  /* 5. Run exactly the handles that are ready now.  Callbacks they
        schedule go to the tail of the queue and wait for the next
        iteration, so a task that yields lets everybody else run first. */
  size_t ntodo = loop->ready_count;
  for (size_t i = 0; i < ntodo && loop->ready_count > 0; i++) {
    ObjHandle *h = ready_pop(loop);
    if (h->cancelled) {                  /* cancelled after it was queued? */
      handle_release(vm, h);
      continue;
    }
    if (!handle_run(vm, h)) return false;
  }
  return true;
}

/* ================================================ exception handlers */

typedef struct { char *s; size_t len, cap; } Buf;
static bool buf_add(VM *vm, Buf *b, const char *s, size_t n);

/* Is the pending exception SystemExit / KeyboardInterrupt? (defined above) */

static int cmp_str_keys(const void *a, const void *b) {
  const ObjStr *x = *(ObjStr *const *)a, *y = *(ObjStr *const *)b;
  size_t n = x->len < y->len ? x->len : y->len;
  int c = memcmp(x->chars, y->chars, n);
  if (c != 0) return c;
  return x->len < y->len ? -1 : x->len > y->len;
}

/* Print [text] then the traceback of [exc] (if an exception) on stderr, as
** logger.error(text, exc_info=...) does. */
static void log_error(VM *vm, const char *text, size_t len, Value exc) {
  fflush(stdout);
  fwrite(text, 1, len, stderr);
  fputc('\n', stderr);
  if (IS_EXCEPTION(exc)) diag_print_exception(vm, stderr, exc);
  fflush(stderr);
}

bool loop_default_exception_handler(VM *vm, ObjDict *context) {
  Value v;
  ObjStr *message = NULL;
  vm_push_root(vm, OBJ_VAL(context));
  if (dict_get_cstr(vm, context, "message", &v)) {
    int t = value_truthy(vm, v);
    if (t < 0) { vm_pop_root(vm, 1); return false; }
    if (t == 1 && !value_str(vm, v, &message)) { vm_pop_root(vm, 1); return false; }
  }
  if (!message) message = str_from_cstr(vm, "Unhandled exception in event loop");
  if (!message) { vm_pop_root(vm, 1); return false; }
  vm_push_root(vm, OBJ_VAL(message));
  Value exc = UNDEF_VAL;
  if (dict_get_cstr(vm, context, "exception", &v) && !IS_NONE(v)) exc = v;

  /* The other keys, sorted (str keys only: sorted() of mixed keys fails). */
  size_t n = 0;
  ObjStr **keys = malloc(sizeof(ObjStr *) * (context->count + 1));
  if (!keys) { vm_pop_root(vm, 2); return vm_raise_memory(vm); }
  size_t pos = 0;
  Value k;
  while (dict_next(context, &pos, &k, &v)) {
    if (!IS_STR(k)) continue;
    if (strcmp(AS_STR(k)->chars, "message") == 0 || strcmp(AS_STR(k)->chars, "exception") == 0)
      continue;
    keys[n++] = AS_STR(k);
  }
  qsort(keys, n, sizeof(ObjStr *), cmp_str_keys);
  Buf b = {NULL, 0, 0};
  bool ok = buf_add(vm, &b, message->chars, message->len);
  for (size_t i = 0; ok && i < n; i++) {
    ObjStr *r;
    if (!dict_get_str(context, keys[i], &v)) continue;
    if (!value_repr(vm, v, &r)) { ok = false; break; }
    ok = buf_add(vm, &b, "\n", 1) && buf_add(vm, &b, keys[i]->chars, keys[i]->len) &&
         buf_add(vm, &b, ": ", 2) && buf_add(vm, &b, r->chars, r->len);
  }
  free(keys);
  if (ok) log_error(vm, b.s, b.len, exc);
  gc_realloc(vm, b.s, b.cap, 0);
  vm_pop_root(vm, 2);
  return ok;
}

/* logger.error(text, exc_info=True) for the exception just taken. */
static void log_current(VM *vm, const char *text, Value exc) {
  log_error(vm, text, strlen(text), exc);
}

bool loop_call_exception_handler(VM *vm, ObjLoop *loop, ObjDict *context) {
  Value saved = vm_take_exception(vm);       /* keep a pending error intact */
  vm_push_root(vm, saved);
  vm_push_root(vm, OBJ_VAL(context));
  vm_push_root(vm, OBJ_VAL(loop));
  bool ok = true;
  if (IS_NONE(loop->exception_handler) || IS_UNDEF(loop->exception_handler)) {
    if (!loop_default_exception_handler(vm, context)) {
      if (exception_is_fatal(vm)) ok = false;
      else {
        Value e = vm_take_exception(vm);
        vm_push_root(vm, e);
        log_current(vm, "Exception in default exception handler", e);
        vm_pop_root(vm, 1);
      }
    }
  } else {
    Value args[2] = {OBJ_VAL(loop), OBJ_VAL(context)}, r;
    if (!vm_call(vm, loop->exception_handler, 2, args, NULL, &r)) {
      if (exception_is_fatal(vm)) ok = false;
      else {
        /* The custom handler failed: try the default one. */
        Value e = vm_take_exception(vm);
        if (IS_EXCEPTION(e) && IS_EXCEPTION(handling_exc) && AS_OBJ(e) != AS_OBJ(handling_exc) &&
            (IS_NONE(AS_EXCEPTION(e)->context) || IS_UNDEF(AS_EXCEPTION(e)->context)))
          AS_EXCEPTION(e)->context = handling_exc;
        vm_push_root(vm, e);
        ObjDict *d = dict_new(vm);
        if (d) {
          vm_push_root(vm, OBJ_VAL(d));
          ObjStr *m = str_from_cstr(vm, "Unhandled error in exception handler");
          if (m && dict_set_cstr(vm, d, "message", OBJ_VAL(m)) &&
              dict_set_cstr(vm, d, "exception", e) &&
              dict_set_cstr(vm, d, "context", OBJ_VAL(context)) &&
              loop_default_exception_handler(vm, d)) {
            /* logged */
          } else if (exception_is_fatal(vm)) {
            ok = false;
          } else {
            Value e2 = vm_take_exception(vm);
            vm_push_root(vm, e2);
            log_current(vm, "Exception in default exception handler while handling an unexpected "
                            "error in custom exception handler", e2);
            vm_pop_root(vm, 1);
          }
          vm_pop_root(vm, 1);
        } else {
          vm_take_exception(vm);
        }
        vm_pop_root(vm, 1);
      }
    }
  }
  vm_pop_root(vm, 3);
  if (ok && !IS_UNDEF(saved)) vm_raise_value(vm, saved);
  return ok;
}

bool loop_report(VM *vm, ObjLoop *loop, const char *message, Value exc, const char *key,
                 Value subject) {
  Value saved = vm_take_exception(vm);
  vm_push_root(vm, saved);
  vm_push_root(vm, exc);
  vm_push_root(vm, subject);
  ObjDict *d = dict_new(vm);
  bool ok = d != NULL;
  if (ok) {
    vm_push_root(vm, OBJ_VAL(d));
    ObjStr *m = str_from_cstr(vm, message);
    ok = m && dict_set_cstr(vm, d, "message", OBJ_VAL(m)) &&
         (IS_UNDEF(exc) || dict_set_cstr(vm, d, "exception", exc)) &&
         (key == NULL || dict_set_cstr(vm, d, key, subject));
    if (ok && !IS_UNDEF(saved)) { vm_raise_value(vm, saved); saved = UNDEF_VAL; }
    if (ok) ok = loop_call_exception_handler(vm, loop, d);
    vm_pop_root(vm, 1);
  }
  if (!ok && !exception_is_fatal(vm)) { vm_take_exception(vm); ok = true; } /* MemoryError: drop */
  vm_pop_root(vm, 3);
  if (ok && !IS_UNDEF(saved)) vm_raise_value(vm, saved);
  return ok;
}

/* ============================================================ drivers */

/* RuntimeError if [loop] or another loop is running (_check_running). */
static bool check_running(VM *vm, ObjLoop *loop) {
  if (loop->state == LOOP_RUNNING)
    return vm_raise(vm, vm->exc_RuntimeError, "This event loop is already running");
  if (asyncio_state(vm)->running_loop != NULL)
    return vm_raise(vm, vm->exc_RuntimeError,
                    "Cannot run the event loop while another loop is running");
  return true;
}

bool loop_run_forever(VM *vm, ObjLoop *loop) {
  if (!loop_check_closed(vm, loop) || !check_running(vm, loop)) return false;
  AsyncioState *st = asyncio_state(vm);
  vm_push_root(vm, OBJ_VAL(loop));
  st->running_loop = loop;
  loop->state = LOOP_RUNNING;
  bool ok = true;
  for (;;) {
    if (!loop_run_once(vm, loop)) { ok = false; break; }
    if (loop->stopping) break;           /* stop() was called in this iteration? */
  }
  /* The `finally:` of run_forever. */
  loop->stopping = false;
  loop->state = LOOP_IDLE;
  st->running_loop = NULL;
  vm_pop_root(vm, 1);
  return ok;
}

/* The done callback of run_until_complete's future: stop its loop, except
** for KeyboardInterrupt / SystemExit, which already propagate out of
** run_once (as base_events._run_until_complete_cb). */
static bool run_until_complete_cb(VM *vm, Value self, int argc, Value *args,
                                  ObjDict *kwargs, Value *out) {
  *out = NONE_VAL;
  if (argc < 1 || !IS_FUTURE(args[0])) return true;
  ObjFuture *f = AS_FUTURE(args[0]);
  if (!IS_UNDEF(future_exception(f))) {
    f->log_traceback = false;            /* fut.exception() retrieves it */
    ObjClass *cls = f->exc->cls;
    if (class_is_subclass(cls, vm->exc_SystemExit) ||
        class_is_subclass(cls, vm->exc_KeyboardInterrupt))
      return true;
  }
  loop_stop(f->loop);
  return true;
}

bool loop_run_until_complete(VM *vm, ObjLoop *loop, Value future, Value *out) {
  if (!loop_check_closed(vm, loop) || !check_running(vm, loop)) return false;
  AsyncioState *st = asyncio_state(vm);
  bool new_task = !IS_FUTURE(future);
  Value fv;
  if (!asyncio_ensure_future(vm, future, loop, &fv)) return false;
  ObjFuture *f = AS_FUTURE(fv);
  if (new_task && f->kind == FUTURE_KIND_TASK)
    ((ObjTask *)f)->log_destroy_pending = false;   /* base_events: new_task */
  vm_push_root(vm, fv);
  if (!future_add_done_callback(vm, f, st->run_until_complete_cb)) {
    vm_pop_root(vm, 1);
    return false;
  }
  bool ok = loop_run_forever(vm, loop);
  if (!ok && new_task && f->state == FUTURE_FINISHED)
    f->log_traceback = false;            /* the error is on its way up */
  /* `finally: future.remove_done_callback(...)`: by identity, which cannot
     run Python code nor disturb a pending exception. */
  future_discard_done_callback(f, st->run_until_complete_cb);
  vm_pop_root(vm, 1);
  if (!ok) return false;
  if (f->state == FUTURE_PENDING)
    return vm_raise(vm, vm->exc_RuntimeError, "Event loop stopped before Future completed.");
  return future_result(vm, f, out);
}

void loop_stop(ObjLoop *loop) {
  loop->stopping = true;
}

bool loop_close(VM *vm, ObjLoop *loop) {
  if (loop->state == LOOP_RUNNING)
    return vm_raise(vm, vm->exc_RuntimeError, "Cannot close a running event loop");
  if (loop->state == LOOP_CLOSED) return true;
  loop->state = LOOP_CLOSED;
  /* Forget both queues (CPython: self._ready.clear(); self._scheduled.clear()). */
  while (loop->ready_count > 0) ready_pop(loop);
  for (size_t i = 0; i < loop->timer_count; i++) loop->timers[i] = NULL;
  loop->timer_count = 0;
  loop->timer_cancelled_count = 0;
  return true;
}

ObjLoop *loop_new(VM *vm) {
  ObjLoop *loop = (ObjLoop *)gc_alloc(vm, sizeof(ObjLoop), OBJ_LOOP, asyncio_state(vm)->cls_loop);
  if (!loop) return NULL;
  loop->state = LOOP_IDLE;
  loop->stopping = false;
  loop->debug = false;
  loop->ready = NULL;
  loop->ready_head = loop->ready_count = loop->ready_capacity = 0;
  loop->timers = NULL;
  loop->timer_count = loop->timer_capacity = loop->timer_cancelled_count = 0;
  loop->next_seq = 0;
  loop->current_task = NULL;
  loop->exception_handler = NONE_VAL;
  return loop;
}

/* ============================================================= reprs */

ObjStr *loop_repr(VM *vm, ObjLoop *loop) {
  return str_printf(vm, "<%s running=%s closed=%s debug=%s>", loop->obj.cls->name->chars,
                    loop->state == LOOP_RUNNING ? "True" : "False",
                    loop->state == LOOP_CLOSED ? "True" : "False",
                    loop->debug ? "True" : "False");
}

/* A growable C string for building reprs (freed by its user): Buf, declared
** above the exception handlers. */

/* Append [n] bytes of [s]; false on malloc failure (MemoryError raised). */
static bool buf_add(VM *vm, Buf *b, const char *s, size_t n) {
  if (b->len + n + 1 > b->cap) {
    size_t cap = b->cap ? b->cap * 2 : 64;
    while (cap < b->len + n + 1) cap *= 2;
    char *p = gc_realloc(vm, b->s, b->cap, cap);
    if (!p) return false;
    b->s = p;
    b->cap = cap;
  }
  memcpy(b->s + b->len, s, n);
  b->len += n;
  b->s[b->len] = '\0';
  return true;
}

/* Finish [b] as a str (and free the buffer); NULL after raising. */
static ObjStr *buf_finish(VM *vm, Buf *b) {
  ObjStr *s = b->s ? str_new(vm, b->s, b->len) : str_new(vm, "", 0);
  gc_realloc(vm, b->s, b->cap, 0);
  return s;
}

/* loop_format_callback with the arguments as [argc] values, and [cname]
** (if not NULL) as the callable's name instead of [callback]'s. */
static ObjStr *format_callback(VM *vm, const char *cname, Value callback, int argc,
                               const Value *argv) {
  Buf b = {NULL, 0, 0};
  /* The name: __qualname__ of functions, __name__ of C functions. */
  Value func = callback;
  if (IS_KIND(func, OBJ_BOUND_METHOD)) func = ((ObjBoundMethod *)AS_OBJ(func))->func;
  bool ok = true;
  if (cname != NULL) {
    ok = buf_add(vm, &b, cname, strlen(cname));
  } else if (IS_FUNCTION(func)) {
    ObjStr *q = AS_FUNCTION(func)->qualname ? AS_FUNCTION(func)->qualname : AS_FUNCTION(func)->name;
    ok = buf_add(vm, &b, q->chars, q->len);
  } else if (IS_NATIVE(func)) {
    ok = buf_add(vm, &b, AS_NATIVE(func)->name, strlen(AS_NATIVE(func)->name));
  } else if (IS_CLASS(func)) {
    ObjStr *q = AS_CLASS(func)->qualname ? AS_CLASS(func)->qualname : AS_CLASS(func)->name;
    ok = buf_add(vm, &b, q->chars, q->len);
  } else {
    ObjStr *r;
    if (!value_repr(vm, callback, &r)) { gc_realloc(vm, b.s, b.cap, 0); return NULL; }
    ok = buf_add(vm, &b, r->chars, r->len);
  }
  /* The arguments, each through reprlib. */
  ok = ok && buf_add(vm, &b, "(", 1);
  for (int i = 0; ok && i < argc; i++) {
    ObjStr *r = future_short_repr(vm, argv[i]);
    if (!r) { gc_realloc(vm, b.s, b.cap, 0); return NULL; }
    if (i > 0) ok = buf_add(vm, &b, ", ", 2);
    ok = ok && buf_add(vm, &b, r->chars, r->len);
  }
  ok = ok && buf_add(vm, &b, ")", 1);
  /* Where a plain Python function was defined. */
  if (ok && cname == NULL && IS_FUNCTION(callback)) {
    ObjCode *code = AS_FUNCTION(callback)->code;
    char at[64];
    snprintf(at, sizeof at, ":%d", code->firstlineno);
    ok = buf_add(vm, &b, " at ", 4) && buf_add(vm, &b, code->filename->chars, code->filename->len) &&
         buf_add(vm, &b, at, strlen(at));
  }
  if (!ok) { gc_realloc(vm, b.s, b.cap, 0); return NULL; }
  return buf_finish(vm, &b);
}

ObjStr *loop_format_callback(VM *vm, Value callback, int argc, const Value *argv) {
  return format_callback(vm, NULL, callback, argc, argv);
}

ObjStr *handle_format_callback(VM *vm, ObjHandle *h) {
  Value one, *argv;
  int argc = handle_args(h, &one, &argv);
  Value callback = handle_callback(h);
  switch (IS_UNDEF(callback) ? HANDLE_CALL : (HandleKind)h->kind) {
    case HANDLE_TASK_STEP:
    case HANDLE_TASK_WAKEUP:
      return format_callback(vm, h->kind == HANDLE_TASK_STEP ? "Task.task_step" : "Task.task_wakeup",
                             UNDEF_VAL, argc, argv);
    case HANDLE_SLEEP_END: {
      ObjFutureIter *it = (ObjFutureIter *)h->callback;
      Value pair[2] = {it->fut ? OBJ_VAL(it->fut) : NONE_VAL, argc > 0 ? argv[0] : NONE_VAL};
      return format_callback(vm, "_set_result_unless_cancelled", UNDEF_VAL, 2, pair);
    }
    case HANDLE_CALL: break;
  }
  return loop_format_callback(vm, callback, argc, argv);
}

ObjStr *handle_repr(VM *vm, ObjHandle *h) {
  /* info = [class name, 'cancelled'?, 'when=...'?, callback?] */
  ObjStr *when = NULL, *cb = NULL;
  if (h->is_timer) {
    if (!value_repr(vm, FLOAT_VAL(h->when), &when)) return NULL;
  }
  if (!IS_UNDEF(handle_callback(h))) {
    vm_push_root(vm, OBJ_VAL(h));
    if (when) vm_push_root(vm, OBJ_VAL(when));
    cb = handle_format_callback(vm, h);
    vm_pop_root(vm, when ? 2 : 1);
    if (!cb) return NULL;
  }
  return str_printf(vm, "<%s%s%s%s%s%s>", h->obj.cls->name->chars,
                    h->cancelled ? " cancelled" : "",
                    when ? " when=" : "", when ? when->chars : "",
                    cb ? " " : "", cb ? cb->chars : "");
}

/* ==================================================== Python methods */

/* Check that a method was called on a [kind] object; TypeError otherwise. */
static bool check_receiver(VM *vm, const char *cls, const char *meth, int argc, Value *args,
                           ObjKind kind) {
  if (argc >= 1 && IS_KIND(args[0], kind)) return true;
  return vm_raise(vm, vm->exc_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                  meth, cls, argc >= 1 ? value_type_name(vm, args[0]) : "NoneType");
}

#define LOOP_SELF(meth) \
  if (!check_receiver(vm, "_UnixSelectorEventLoop", meth, argc, args, OBJ_LOOP)) return false; \
  ObjLoop *loop = (ObjLoop *)AS_OBJ(args[0])

/* Reject any positional argument beyond the receiver and any keyword. */
static bool no_args(VM *vm, const char *meth, int argc, ObjDict *kwargs) {
  if (kwargs && kwargs->count > 0)
    return vm_raise(vm, vm->exc_TypeError, "%s() takes no keyword arguments", meth);
  if (argc > 1)
    return vm_raise(vm, vm->exc_TypeError, "%s() takes 1 positional argument but %d were given",
                    meth, argc);
  return true;
}

static bool m_loop_run_forever(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  LOOP_SELF("run_forever");
  if (!no_args(vm, "run_forever", argc, kwargs)) return false;
  *out = NONE_VAL;
  return loop_run_forever(vm, loop);
}

static bool m_loop_run_until_complete(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs,
                                      Value *out) {
  LOOP_SELF("run_until_complete");
  static const char *const names[] = {"future"};
  Value a[1];
  if (!asyncio_parse_args(vm, "run_until_complete", argc - 1, args + 1, kwargs, 1, names, 1, 1, a))
    return false;
  return loop_run_until_complete(vm, loop, a[0], out);
}

static bool m_loop_stop(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  LOOP_SELF("stop");
  if (!no_args(vm, "stop", argc, kwargs)) return false;
  loop_stop(loop);
  *out = NONE_VAL;
  return true;
}

static bool m_loop_close(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  LOOP_SELF("close");
  if (!no_args(vm, "close", argc, kwargs)) return false;
  *out = NONE_VAL;
  return loop_close(vm, loop);
}

static bool m_loop_is_running(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  LOOP_SELF("is_running");
  *out = BOOL_VAL(loop->state == LOOP_RUNNING);
  return true;
}

static bool m_loop_is_closed(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  LOOP_SELF("is_closed");
  *out = BOOL_VAL(loop->state == LOOP_CLOSED);
  return true;
}

static bool m_loop_get_debug(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  LOOP_SELF("get_debug");
  *out = BOOL_VAL(loop->debug);
  return true;
}

static bool m_loop_set_debug(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  LOOP_SELF("set_debug");
  static const char *const names[] = {"enabled"};
  Value a[1];
  if (!asyncio_parse_args(vm, "set_debug", argc - 1, args + 1, kwargs, 1, names, 1, 1, a)) return false;
  int t = value_truthy(vm, a[0]);
  if (t < 0) return false;
  loop->debug = t == 1;
  *out = NONE_VAL;
  return true;
}

static bool m_loop_time(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  LOOP_SELF("time");
  *out = FLOAT_VAL(loop_time(vm, loop));
  return true;
}

/* Drop a `context=` keyword (accepted and ignored: there are no contextvars
** yet) and reject any other keyword of call_soon / call_at / call_later. */
static bool only_context_kwarg(VM *vm, const char *meth, ObjDict *kwargs) {
  if (!kwargs) return true;
  size_t pos = 0;
  Value k, v;
  while (dict_next(kwargs, &pos, &k, &v)) {
    if (!(IS_STR(k) && strcmp(AS_STR(k)->chars, "context") == 0))
      return vm_raise(vm, vm->exc_TypeError, "%s() got an unexpected keyword argument '%s'", meth,
                      IS_STR(k) ? AS_STR(k)->chars : "?");
  }
  return true;
}

static bool m_loop_call_soon(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  LOOP_SELF("call_soon");
  if (!only_context_kwarg(vm, "call_soon", kwargs)) return false;
  if (argc < 2)
    return vm_raise(vm, vm->exc_TypeError,
                    "BaseEventLoop.call_soon() missing 1 required positional argument: 'callback'");
  ObjHandle *h = loop_call_soon(vm, loop, args[1], argc - 2, args + 2);
  if (!h) return false;
  h->exposed = true;                   /* Python code has it: never recycled */
  *out = OBJ_VAL(h);
  return true;
}

static bool m_loop_call_later(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  LOOP_SELF("call_later");
  if (!only_context_kwarg(vm, "call_later", kwargs)) return false;
  if (argc < 3)
    return vm_raise(vm, vm->exc_TypeError,
                    "BaseEventLoop.call_later() missing %d required positional argument%s: %s",
                    3 - argc, argc == 2 ? "" : "s", argc == 2 ? "'callback'" : "'delay' and 'callback'");
  if (IS_NONE(args[1])) return vm_raise(vm, vm->exc_TypeError, "delay must not be None");
  double delay;
  if (!asyncio_number(args[1], &delay))
    return vm_raise(vm, vm->exc_TypeError, "unsupported operand type(s) for +: 'float' and '%s'",
                    value_type_name(vm, args[1]));
  ObjHandle *h = loop_call_later(vm, loop, delay, args[2], argc - 3, args + 3);
  if (!h) return false;
  h->exposed = true;                   /* Python code has it: never recycled */
  *out = OBJ_VAL(h);
  return true;
}

static bool m_loop_call_at(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  LOOP_SELF("call_at");
  if (!only_context_kwarg(vm, "call_at", kwargs)) return false;
  if (argc < 3)
    return vm_raise(vm, vm->exc_TypeError,
                    "BaseEventLoop.call_at() missing %d required positional argument%s: %s",
                    3 - argc, argc == 2 ? "" : "s", argc == 2 ? "'callback'" : "'when' and 'callback'");
  if (IS_NONE(args[1])) return vm_raise(vm, vm->exc_TypeError, "when cannot be None");
  double when;
  if (!asyncio_number(args[1], &when))
    return vm_raise(vm, vm->exc_TypeError, "'<' not supported between instances of '%s' and 'float'",
                    value_type_name(vm, args[1]));
  ObjHandle *h = loop_call_at(vm, loop, when, args[2], argc - 3, args + 3);
  if (!h) return false;
  h->exposed = true;                   /* Python code has it: never recycled */
  *out = OBJ_VAL(h);
  return true;
}

static bool m_loop_create_task(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  LOOP_SELF("create_task");
  static const char *const names[] = {"coro", "name", "context"};
  Value a[3];
  if (!asyncio_parse_args(vm, "create_task", argc - 1, args + 1, kwargs, 3, names, 1, 1, a))
    return false;
  if (!loop_check_closed(vm, loop)) return false;
  ObjTask *t = task_new(vm, loop, a[0], IS_UNDEF(a[1]) ? NONE_VAL : a[1]);
  if (!t) return false;
  *out = OBJ_VAL(t);
  return true;
}

static bool m_loop_create_future(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs,
                                 Value *out) {
  LOOP_SELF("create_future");
  if (!no_args(vm, "create_future", argc, kwargs)) return false;
  ObjFuture *f = future_new(vm, loop);
  if (!f) return false;
  *out = OBJ_VAL(f);
  return true;
}

static bool m_loop_repr(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  LOOP_SELF("__repr__");
  ObjStr *s = loop_repr(vm, loop);
  if (!s) return false;
  *out = OBJ_VAL(s);
  return true;
}

static bool m_loop_set_exception_handler(VM *vm, Value self, int argc, Value *args,
                                         ObjDict *kwargs, Value *out) {
  LOOP_SELF("set_exception_handler");
  static const char *const names[] = {"handler"};
  Value a[1];
  if (!asyncio_parse_args(vm, "set_exception_handler", argc - 1, args + 1, kwargs, 1, names, 1, 1, a))
    return false;
  Value h = a[0], fn;
  bool callable = IS_NONE(h) || IS_FUNCTION(h) || IS_NATIVE(h) || IS_CLASS(h) ||
                  IS_KIND(h, OBJ_BOUND_METHOD) ||
                  (IS_OBJ(h) && class_lookup(AS_OBJ(h)->cls, rt_name(vm, "__call__"), &fn));
  if (!callable) {
    ObjStr *r;
    if (!value_repr(vm, h, &r)) return false;
    return vm_raise(vm, vm->exc_TypeError, "A callable object or None is expected, got %s", r->chars);
  }
  loop->exception_handler = h;
  *out = NONE_VAL;
  return true;
}

static bool m_loop_get_exception_handler(VM *vm, Value self, int argc, Value *args,
                                         ObjDict *kwargs, Value *out) {
  LOOP_SELF("get_exception_handler");
  if (!no_args(vm, "get_exception_handler", argc, kwargs)) return false;
  *out = IS_UNDEF(loop->exception_handler) ? NONE_VAL : loop->exception_handler;
  return true;
}

/* The context argument of the two methods below: a dict. */
static bool context_arg(VM *vm, const char *meth, int argc, Value *args, ObjDict *kwargs,
                        ObjDict **out) {
  static const char *const names[] = {"context"};
  Value a[1];
  if (!asyncio_parse_args(vm, meth, argc - 1, args + 1, kwargs, 1, names, 1, 1, a)) return false;
  if (!IS_KIND(a[0], OBJ_DICT))
    return vm_raise(vm, vm->exc_TypeError, "%s() expects a dict, got '%s'", meth,
                    value_type_name(vm, a[0]));
  *out = (ObjDict *)AS_OBJ(a[0]);
  return true;
}

static bool m_loop_default_exception_handler(VM *vm, Value self, int argc, Value *args,
                                             ObjDict *kwargs, Value *out) {
  LOOP_SELF("default_exception_handler");
  UNUSED(loop);
  ObjDict *ctx;
  if (!context_arg(vm, "default_exception_handler", argc, args, kwargs, &ctx)) return false;
  *out = NONE_VAL;
  return loop_default_exception_handler(vm, ctx);
}

static bool m_loop_call_exception_handler(VM *vm, Value self, int argc, Value *args,
                                          ObjDict *kwargs, Value *out) {
  LOOP_SELF("call_exception_handler");
  ObjDict *ctx;
  if (!context_arg(vm, "call_exception_handler", argc, args, kwargs, &ctx)) return false;
  *out = NONE_VAL;
  return loop_call_exception_handler(vm, loop, ctx);
}

#define HANDLE_SELF(meth) \
  if (!check_receiver(vm, "Handle", meth, argc, args, OBJ_HANDLE)) return false; \
  ObjHandle *h = (ObjHandle *)AS_OBJ(args[0])

static bool m_handle_cancel(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  HANDLE_SELF("cancel");
  handle_cancel(vm, h);
  *out = NONE_VAL;
  return true;
}

static bool m_handle_cancelled(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  HANDLE_SELF("cancelled");
  *out = BOOL_VAL(h->cancelled);
  return true;
}

static bool m_handle_when(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  HANDLE_SELF("when");
  *out = FLOAT_VAL(h->when);
  return true;
}

static bool m_handle_get_context(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs,
                                 Value *out) {
  HANDLE_SELF("get_context");
  UNUSED(h);
  *out = NONE_VAL;                     /* no contextvars yet */
  return true;
}

static bool m_handle_repr(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  HANDLE_SELF("__repr__");
  ObjStr *s = handle_repr(vm, h);
  if (!s) return false;
  *out = OBJ_VAL(s);
  return true;
}

/* ===================================================== collector hooks */

static void loop_trace(VM *vm, Obj *o) {
  ObjLoop *loop = (ObjLoop *)o;
  for (size_t i = 0; i < loop->ready_count; i++)
    gc_mark_obj(vm, (Obj *)loop->ready[(loop->ready_head + i) & (loop->ready_capacity - 1)]);
  for (size_t i = 0; i < loop->timer_count; i++) gc_mark_obj(vm, (Obj *)loop->timers[i]);
  gc_mark_obj(vm, loop->current_task);
  gc_mark_value(vm, loop->exception_handler);
}

static void loop_finalize(VM *vm, Obj *o) {
  ObjLoop *loop = (ObjLoop *)o;
  gc_realloc(vm, loop->ready, loop->ready_capacity * sizeof(ObjHandle *), 0);
  gc_realloc(vm, loop->timers, loop->timer_capacity * sizeof(ObjHandle *), 0);
  loop->ready = loop->timers = NULL;
  loop->ready_capacity = loop->timer_capacity = 0;
}

static size_t loop_size(Obj *o) { UNUSED(o); return sizeof(ObjLoop); }

static void handle_trace(VM *vm, Obj *o) {
  ObjHandle *h = (ObjHandle *)o;
  gc_mark_obj(vm, h->callback);
  gc_mark_obj(vm, h->arg_inline ? h->arg : (Obj *)h->args);
  gc_mark_obj(vm, (Obj *)h->loop);
}

static size_t handle_size(Obj *o) { UNUSED(o); return sizeof(ObjHandle); }

/* ============================================================== init */

bool loop_init(VM *vm) {
  AsyncioState *st = asyncio_state(vm);
  gc_kind_ops[OBJ_LOOP] = (KindOps){loop_trace, loop_finalize, loop_size, NULL, NULL, NULL, NULL};
  gc_kind_ops[OBJ_HANDLE] = (KindOps){handle_trace, NULL, handle_size, NULL, NULL, NULL, NULL};

  st->cls_handle = runtime_new_class_in(vm, "Handle", "asyncio.events", vm->t_object, OBJ_HANDLE);
  if (!st->cls_handle) return false;
  ObjDict *d = st->cls_handle->dict;
  define_native(vm, d, "cancel", m_handle_cancel);
  define_native(vm, d, "cancelled", m_handle_cancelled);
  define_native(vm, d, "get_context", m_handle_get_context);
  define_native(vm, d, "__repr__", m_handle_repr);

  st->cls_timer_handle = runtime_new_class_in(vm, "TimerHandle", "asyncio.events", st->cls_handle, OBJ_HANDLE);
  if (!st->cls_timer_handle) return false;
  define_native(vm, st->cls_timer_handle->dict, "when", m_handle_when);

  /* asyncio.AbstractEventLoop: an empty base, for isinstance checks. */
  ObjClass *abstract = runtime_new_class_in(vm, "AbstractEventLoop", "asyncio.events", vm->t_object,
                                            OBJ_INSTANCE);
  if (!abstract) return false;
  st->cls_loop = runtime_new_class_in(vm, "_UnixSelectorEventLoop", "asyncio.unix_events", abstract,
                            OBJ_LOOP);
  if (!st->cls_loop) return false;
  d = st->cls_loop->dict;
  define_native(vm, d, "run_forever", m_loop_run_forever);
  define_native(vm, d, "run_until_complete", m_loop_run_until_complete);
  define_native(vm, d, "stop", m_loop_stop);
  define_native(vm, d, "close", m_loop_close);
  define_native(vm, d, "is_running", m_loop_is_running);
  define_native(vm, d, "is_closed", m_loop_is_closed);
  define_native(vm, d, "get_debug", m_loop_get_debug);
  define_native(vm, d, "set_debug", m_loop_set_debug);
  define_native(vm, d, "time", m_loop_time);
  define_native(vm, d, "call_soon", m_loop_call_soon);
  define_native(vm, d, "call_later", m_loop_call_later);
  define_native(vm, d, "call_at", m_loop_call_at);
  define_native(vm, d, "create_task", m_loop_create_task);
  define_native(vm, d, "create_future", m_loop_create_future);
  define_native(vm, d, "__repr__", m_loop_repr);
  define_native(vm, d, "set_exception_handler", m_loop_set_exception_handler);
  define_native(vm, d, "get_exception_handler", m_loop_get_exception_handler);
  define_native(vm, d, "default_exception_handler", m_loop_default_exception_handler);
  define_native(vm, d, "call_exception_handler", m_loop_call_exception_handler);

  /* The done callback that stops run_until_complete's loop. */
  ObjNative *cb = native_new(vm, "_run_until_complete_cb", run_until_complete_cb, UNDEF_VAL);
  if (!cb) return false;
  st->run_until_complete_cb = OBJ_VAL(cb);
  return true;
}
