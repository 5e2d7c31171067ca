/*
** asyncio.c -- the asyncio module: the functions a program calls
** (asyncio.run, sleep, gather, create_task, get_event_loop ...), the
** "policy" that remembers the current loop, the registry of live tasks,
** and the exception classes.  The machinery lives in loop.c and future.c.
*/
#include "runtime/asyncio.h"
#include "runtime/builtins.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "src/gc.h"
#include "src/diag.h"
#include "runtime/runtime.h"

/* ============================================================ helpers */

bool asyncio_number(Value v, double *out) {
  if (IS_INT(v)) { *out = (double)AS_INT(v); return true; }
  if (IS_FLOAT(v)) { *out = AS_FLOAT(v); return true; }
  if (IS_BOOL(v)) { *out = AS_BOOL(v) ? 1.0 : 0.0; return true; }
  return false;
}

bool asyncio_parse_args(VM *vm, const char *fname, int argc, Value *args,
                        ObjDict *kwargs, int nnames, const char *const *names,
                        int npos, int nrequired, Value *out) {
  for (int i = 0; i < nnames; i++) out[i] = UNDEF_VAL;
  if (argc > npos) {
    int min = nrequired < npos ? nrequired : npos;
    if (min == npos)
      return vm_raise(vm, vm->exc_TypeError, "%s() takes %d positional argument%s but %d %s given",
                      fname, npos, npos == 1 ? "" : "s", argc, argc == 1 ? "was" : "were");
    return vm_raise(vm, vm->exc_TypeError, "%s() takes from %d to %d positional arguments but %d %s given",
                    fname, min, npos, argc, argc == 1 ? "was" : "were");
  }
  for (int i = 0; i < argc; i++) out[i] = args[i];
  if (kwargs) {
    size_t pos = 0;
    Value k, v;
    while (dict_next(kwargs, &pos, &k, &v)) {
      const char *key = IS_STR(k) ? AS_STR(k)->chars : "?";
      int found = -1;
      for (int i = 0; i < nnames; i++)
        if (strcmp(names[i], key) == 0) { found = i; break; }
      if (found < 0)
        return vm_raise(vm, vm->exc_TypeError, "%s() got an unexpected keyword argument '%s'", fname, key);
      if (!IS_UNDEF(out[found]))
        return vm_raise(vm, vm->exc_TypeError, "%s() got multiple values for argument '%s'", fname, key);
      out[found] = v;
    }
  }
  for (int i = 0; i < nrequired; i++) {
    if (IS_UNDEF(out[i]))
      return vm_raise(vm, vm->exc_TypeError, "%s() missing 1 required %s argument: '%s'", fname,
                      i < npos ? "positional" : "keyword-only", names[i]);
  }
  return true;
}

void asyncio_report_exception(VM *vm, const char *message, const char *label, Value subject,
                              Value exc) {
  Value saved = vm_take_exception(vm);     /* keep a pending error intact */
  vm_push_root(vm, saved);
  vm_push_root(vm, exc);
  fflush(stdout);
  fprintf(stderr, "%s\n", message);
  if (label) {
    ObjStr *r = NULL;
    if (!value_repr(vm, subject, &r)) { vm_take_exception(vm); r = NULL; }
    fprintf(stderr, "%s: %s\n", label, r ? r->chars : "?");
  }
  diag_print_exception(vm, stderr, exc);
  fflush(stderr);
  vm_pop_root(vm, 2);
  if (!IS_UNDEF(saved)) vm_raise_value(vm, saved);
}

/* ================================================= the loop "policy" */

ObjLoop *asyncio_get_running_loop(VM *vm) {
  ObjLoop *loop = asyncio_state(vm)->running_loop;
  if (!loop) vm_raise(vm, vm->exc_RuntimeError, "no running event loop");
  return loop;
}

/* policy.set_event_loop([loop]) (NULL: None). */
static void set_event_loop(VM *vm, ObjLoop *loop) {
  AsyncioState *st = asyncio_state(vm);
  st->set_called = true;
  st->event_loop = loop;
}

ObjLoop *asyncio_get_event_loop(VM *vm) {
  AsyncioState *st = asyncio_state(vm);
  if (st->running_loop) return st->running_loop;
  /* The main thread gets a loop made on demand, unless a loop was ever
     set (asyncio.run() sets None when it is done). */
  if (!st->event_loop && !st->set_called) {
    ObjLoop *loop = loop_new(vm);
    if (!loop) return NULL;
    set_event_loop(vm, loop);
  }
  if (!st->event_loop) {
    vm_raise(vm, vm->exc_RuntimeError, "There is no current event loop in thread 'MainThread'.");
    return NULL;
  }
  return st->event_loop;
}

static bool load_lib(VM *vm);

bool asyncio_ensure_future(VM *vm, Value obj, ObjLoop *loop, Value *out) {
  if (IS_FUTURE(obj)) {
    if (loop && AS_FUTURE(obj)->loop != loop)
      return vm_raise(vm, vm->exc_ValueError,
                      "The future belongs to a different loop than the one specified as the loop argument");
    *out = obj;
    return true;
  }
  int roots = 0;
  if (!future_is_coroutine(obj)) {
    /* inspect.isawaitable: an object with __await__ is wrapped in the
       coroutine _wrap_awaitable(obj) (runtime/lib/asyncio_tasks.py). */
    Value aw, wrap;
    if (!IS_OBJ(obj) || !class_lookup(AS_OBJ(obj)->cls, vm->s_await, &aw) || IS_NONE(aw))
      return vm_raise(vm, vm->exc_TypeError, "An asyncio.Future, a coroutine or an awaitable is required");
    if (!load_lib(vm)) return false;
    if (!dict_get_cstr(vm, asyncio_state(vm)->module->dict, "_wrap_awaitable", &wrap))
      return vm_raise(vm, vm->exc_RuntimeError, "asyncio._wrap_awaitable is missing");
    if (!vm_call(vm, wrap, 1, &obj, NULL, &obj)) return false;
    vm_push_root(vm, obj);
    roots = 1;
  }
  if (!loop) loop = asyncio_get_event_loop(vm);
  ObjTask *t = NULL;
  if (loop && loop_check_closed(vm, loop)) t = task_new(vm, loop, obj, NONE_VAL);
  vm_pop_root(vm, roots);
  if (!t) return false;
  *out = OBJ_VAL(t);
  return true;
}

/* ================================================ the live-task registry */

void asyncio_register_task(VM *vm, ObjTask *t) {
  AsyncioState *st = asyncio_state(vm);
  if (t->live) return;
  t->live = true;
  t->live_prev = st->live_tail;
  t->live_next = NULL;
  if (st->live_tail) st->live_tail->live_next = t;
  else st->live_head = t;
  st->live_tail = t;
}

void asyncio_unregister_task(VM *vm, ObjTask *t) {
  AsyncioState *st = asyncio_state(vm);
  if (!t->live) return;
  if (t->live_prev) t->live_prev->live_next = t->live_next;
  else st->live_head = t->live_next;
  if (t->live_next) t->live_next->live_prev = t->live_prev;
  else st->live_tail = t->live_prev;
  t->live_prev = t->live_next = NULL;
  t->live = false;
}

/* The not-done tasks of [loop], in creation order (tasks.all_tasks). */
/* Is [t] a task of [loop] still pending? */
static bool task_left(ObjTask *t, ObjLoop *loop) {
  return t->fut.loop == loop && t->fut.state == FUTURE_PENDING;
}

static ObjList *live_tasks(VM *vm, ObjLoop *loop) {
  ObjList *list = list_new(vm, 4);
  if (!list) return NULL;
  for (ObjTask *t = asyncio_state(vm)->live_head; t; t = t->live_next)
    if (task_left(t, loop) && !list_append(vm, list, OBJ_VAL(t)))
      return NULL;
  return list;
}

/* The collector's view: everything asyncio keeps outside Python objects. */
static void mark_roots(VM *vm) {
  AsyncioState *st = asyncio_state(vm);
  if (!st) return;
  gc_mark_obj(vm, (Obj *)st->module);
  gc_mark_obj(vm, (Obj *)st->cls_future);
  gc_mark_obj(vm, (Obj *)st->cls_task);
  gc_mark_obj(vm, (Obj *)st->cls_gather);
  gc_mark_obj(vm, (Obj *)st->cls_future_iter);
  gc_mark_obj(vm, (Obj *)st->cls_sleep);
  gc_mark_obj(vm, (Obj *)st->cls_handle);
  gc_mark_obj(vm, (Obj *)st->cls_timer_handle);
  gc_mark_obj(vm, (Obj *)st->cls_loop);
  gc_mark_obj(vm, (Obj *)st->running_loop);
  gc_mark_obj(vm, (Obj *)st->event_loop);
  gc_mark_value(vm, st->run_until_complete_cb);
  gc_mark_value(vm, st->set_result_unless_cancelled);
  gc_mark_obj(vm, (Obj *)st->runner_task);
  /* The live tasks are weak: a pending task lives through what refers to
     it (a ready or timer handle holding its step, the future it waits on
     holding its wakeup callback, the running loop's current task, a
     gather).  One nobody refers to is reported by its finalizer ('Task was
     destroyed but it is pending!', future.c) and dropped (sweep_weak).
     A suspended async generator of an open loop is kept until the loop's
     shutdown_asyncgens() closes it: CPython would aclose() it through the
     finalizer hook when collected (orrery: at shutdown). */
  for (int i = 0; i < st->agen_count; i++) {
    AsyncGenEntry *e = &st->agens[i];
    if (e->gen->state == CORO_SUSPENDED && e->loop->state != LOOP_CLOSED) gc_mark_obj(vm, (Obj *)e->gen);
  }
}

/* The weak tables, after marking: forget the dead. */
static void sweep_weak(VM *vm) {
  AsyncioState *st = asyncio_state(vm);
  if (!st) return;
  st->handle_free = NULL;    /* nothing marked them: the sweep frees them */
  for (ObjTask *t = st->live_head, *next; t; t = next) {
    next = t->live_next;
    if (!t->fut.obj.marked) asyncio_unregister_task(vm, t);
  }
  int n = 0;
  for (int i = 0; i < st->agen_count; i++) {
    AsyncGenEntry e = st->agens[i];
    if (e.gen->obj.marked && e.loop->obj.marked) st->agens[n++] = e;
  }
  st->agen_count = n;
}

/* ====================================================== async generators */

/* sys.set_asyncgen_hooks(firstiter=loop._asyncgen_firstiter_hook) while a
** loop runs: remember the generator in that loop's weak set. */
static bool agen_firstiter(VM *vm, ObjCoro *gen) {
  AsyncioState *st = asyncio_state(vm);
  if (!st->running_loop) return true;
  if (st->agen_count == st->agen_capacity) {
    int cap = st->agen_capacity < 8 ? 8 : st->agen_capacity * 2;
    AsyncGenEntry *a = realloc(st->agens, sizeof(AsyncGenEntry) * (size_t)cap);
    if (!a) return vm_raise_value(vm, OBJ_VAL(vm->memory_error));
    st->agens = a;
    st->agen_capacity = cap;
  }
  st->agens[st->agen_count++] = (AsyncGenEntry){gen, st->running_loop};
  return true;
}

/* Does [loop] have async generators that shutdown_asyncgens must close? */
static bool loop_has_agens(VM *vm, ObjLoop *loop) {
  AsyncioState *st = asyncio_state(vm);
  for (int i = 0; i < st->agen_count; i++)
    if (st->agens[i].loop == loop && st->agens[i].gen->state != CORO_CLOSED) return true;
  return false;
}

/* asyncio._asyncgen_take(loop): `closing_agens = list(self._asyncgens);
** self._asyncgens.clear()` of shutdown_asyncgens, in first-iteration order
** (finished ones are left out: closing them does nothing). */
static bool f_asyncgen_take(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  AsyncioState *st = asyncio_state(vm);
  if (argc != 1 || !IS_OBJ(args[0]) || AS_OBJ(args[0])->kind != OBJ_LOOP)
    return vm_raise(vm, vm->exc_TypeError, "_asyncgen_take() expects a loop");
  ObjLoop *loop = (ObjLoop *)AS_OBJ(args[0]);
  ObjList *list = list_new(vm, 4);
  if (!list) return false;
  vm_push_root(vm, OBJ_VAL(list));
  int n = 0;
  bool ok = true;
  for (int i = 0; i < st->agen_count; i++) {
    AsyncGenEntry e = st->agens[i];
    if (e.loop != loop) { st->agens[n++] = e; continue; }
    if (ok && e.gen->state != CORO_CLOSED) ok = list_append(vm, list, OBJ_VAL(e.gen));
  }
  st->agen_count = n;
  vm_pop_root(vm, 1);
  *out = OBJ_VAL(list);
  return ok;
}

/* loop.shutdown_asyncgens(): the coroutine _shutdown_asyncgens(loop) of
** runtime/lib/asyncio_shutdown.py. */
static bool load_lib(VM *vm);
static bool m_shutdown_asyncgens(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  if (argc != 1 || (kwargs && kwargs->count > 0))
    return vm_raise(vm, vm->exc_TypeError, "shutdown_asyncgens() takes no arguments");
  Value fn;
  if (!load_lib(vm)) return false;
  if (!dict_get_cstr(vm, asyncio_state(vm)->module->dict, "_shutdown_asyncgens", &fn))
    return vm_raise(vm, vm->exc_RuntimeError, "asyncio library missing _shutdown_asyncgens");
  return vm_call(vm, fn, 1, args, NULL, out);
}

/* ============================================================ asyncio.run */

/* Run a trivial coroutine to completion as run_until_complete does: one
** iteration for its step, one for the done callback that stops the loop.
** Stands for loop.shutdown_asyncgens() / shutdown_default_executor(),
** which have nothing to do yet but still take a task name and two
** iterations in CPython (so leftover callbacks run at the same moment). */
static bool run_trivial_coroutine(VM *vm, ObjLoop *loop) {
  asyncio_state(vm)->task_counter++;
  ObjFuture *f = future_new(vm, loop);
  if (!f) return false;
  Value args[2] = {OBJ_VAL(f), NONE_VAL};
  if (!loop_call_soon(vm, loop, asyncio_state(vm)->set_result_unless_cancelled, 2, args)) return false;
  Value ignored;
  return loop_run_until_complete(vm, loop, OBJ_VAL(f), &ignored);
}

/* loop.run_until_complete(loop.shutdown_asyncgens()): aclose() every async
** generator first iterated in [loop] and not finished.  With none, a
** trivial coroutine does the same (a task name, two iterations). */
static bool shutdown_asyncgens(VM *vm, ObjLoop *loop) {
  if (!loop_has_agens(vm, loop)) return run_trivial_coroutine(vm, loop);
  Value coro, ignored, lv = OBJ_VAL(loop);
  if (!m_shutdown_asyncgens(vm, lv, 1, &lv, NULL, &coro)) return false;
  vm_push_root(vm, coro);
  bool ok = loop_run_until_complete(vm, loop, coro, &ignored);
  vm_pop_root(vm, 1);
  return ok;
}

/* runners._cancel_all_tasks: cancel what is left, let it finish, report
** exceptions other than CancelledError. */
static bool cancel_all_tasks(VM *vm, ObjLoop *loop) {
  /* A pending task that nothing refers to any more (not the ready queue, no
     future it waits for) was freed by CPython's reference counting when its
     last reference went, with 'Task was destroyed but it is pending!': it
     is not left to cancel here, and waiting for it would wait forever.
     Collect first (when a task is left at all: usually none is), so that
     the registry only holds tasks still reachable. */
  ObjTask *t = asyncio_state(vm)->live_head;
  while (t != NULL && !task_left(t, loop)) t = t->live_next;
  if (t == NULL) return true;
  gc_collect(vm);
  gc_run_finalizers(vm);
  ObjList *tasks = live_tasks(vm, loop);
  if (!tasks) return false;
  if (tasks->count == 0) return true;
  vm_push_root(vm, OBJ_VAL(tasks));
  bool ok = true;
  for (size_t i = 0; ok && i < tasks->count; i++) {
    bool c;
    ok = future_cancel(vm, AS_FUTURE(tasks->items[i]), NONE_VAL, &c);
  }
  ObjGather *g = ok ? future_gather(vm, (int)tasks->count, tasks->items, true) : NULL;
  Value ignored;
  ok = g && loop_run_until_complete(vm, loop, OBJ_VAL(g), &ignored);
  for (size_t i = 0; ok && i < tasks->count; i++) {
    ObjFuture *f = AS_FUTURE(tasks->items[i]);
    if (IS_UNDEF(future_exception(f))) continue;     /* cancelled or returned? */
    f->log_traceback = false;
    ok = loop_report(vm, loop, "unhandled exception during asyncio.run() shutdown", OBJ_VAL(f->exc),
                     "task", OBJ_VAL(f));
  }
  vm_pop_root(vm, 1);
  return ok;
}

/* Ctrl-C during asyncio.run (Runner._on_sigint): the first cancels the
** main task, which then ends with CancelledError and asyncio.run raises
** KeyboardInterrupt; a second one raises KeyboardInterrupt at once. */
static bool runner_sigint(VM *vm) {
  AsyncioState *st = asyncio_state(vm);
  st->runner_interrupts++;
  if (st->runner_interrupts == 1 && st->runner_task && st->runner_task->fut.state == FUTURE_PENDING) {
    bool cancelled;
    return future_cancel(vm, &st->runner_task->fut, NONE_VAL, &cancelled);
  }
  ObjException *e = exc_new(vm, vm->exc_KeyboardInterrupt, NULL);
  return e && vm_raise_value(vm, OBJ_VAL(e));
}

/* Runner.run's middle: run the task [main] of [loop] to completion with
** 3.11's Runner SIGINT handling (runner_sigint): if Ctrl-C cancelled it
** and nothing else still asks for its cancellation, the CancelledError
** becomes KeyboardInterrupt, chained to it.  Its result in *out. */
static bool runner_run_task(VM *vm, ObjLoop *loop, ObjTask *main, Value *out) {
  AsyncioState *st = asyncio_state(vm);
  st->runner_task = main;
  st->runner_interrupts = 0;
  vm->sigint_hook = runner_sigint;
  bool ok = loop_run_until_complete(vm, loop, OBJ_VAL(main), out);
  vm->sigint_hook = NULL;
  st->runner_task = NULL;
  if (!ok && st->runner_interrupts > 0 && vm_exception_matches(vm, vm->exc_CancelledError)) {
    /* `except CancelledError: if interrupted and task.uncancel() == 0:
       raise KeyboardInterrupt()` (chained to the CancelledError). */
    if (main->num_cancels_requested > 0) main->num_cancels_requested--;
    if (main->num_cancels_requested == 0) {
      Value cancelled = vm_take_exception(vm);
      vm_push_root(vm, cancelled);
      ObjException *ki = exc_new(vm, vm->exc_KeyboardInterrupt, NULL);
      if (ki) {
        ki->context = cancelled;
        vm_raise_value(vm, OBJ_VAL(ki));
      }
      vm_pop_root(vm, 1);
    }
  }
  return ok;
}

/* Runner.close: cancel the tasks left in [loop] and let them finish, close
** its async generators, run loop.shutdown_default_executor()'s trivial
** coroutine, forget it as the current loop if [unset] (the runner set it),
** and close it -- all of it even when a step fails; the first error is
** raised.  The loop is forgotten: with reference counting, CPython frees
** its leftover tasks here and reports those whose exception was never
** retrieved ('Task exception was never retrieved'), so a collection runs
** now, for the common case to print at the same moment. */
static bool runner_close(VM *vm, ObjLoop *loop, bool unset) {
  bool clean = cancel_all_tasks(vm, loop) && shutdown_asyncgens(vm, loop) &&
               run_trivial_coroutine(vm, loop);
  Value error = clean ? UNDEF_VAL : vm_take_exception(vm);
  if (unset) set_event_loop(vm, NULL);
  loop_close(vm, loop);
  vm_push_root(vm, error);
  gc_collect(vm);
  gc_run_finalizers(vm);
  vm_pop_root(vm, 1);
  return clean || vm_raise_value(vm, error);
}

bool asyncio_run(VM *vm, Value coro, Value debug, Value *out) {
  AsyncioState *st = asyncio_state(vm);
  if (st->running_loop)
    return vm_raise(vm, vm->exc_RuntimeError, "asyncio.run() cannot be called from a running event loop");
  /* Runner.__enter__ (_lazy_init): a new loop, made current.  This comes
     before the coroutine check, so even asyncio.run(1) makes (and closes)
     a loop and uses up two task names. */
  ObjLoop *loop = loop_new(vm);
  if (!loop) return false;
  vm_push_root(vm, OBJ_VAL(loop));
  set_event_loop(vm, loop);
  bool ok = true;
  if (!IS_NONE(debug)) {                 /* run(debug=...) -> loop.set_debug() */
    int t = value_truthy(vm, debug);
    ok = t >= 0;
    loop->debug = t == 1;
  }

  /* Runner.run: main as a task, run to completion. */
  if (ok && !future_is_coroutine(coro)) {
    ObjStr *r;
    ok = value_repr(vm, coro, &r) &&
         vm_raise(vm, vm->exc_ValueError, "a coroutine was expected, got %s", r->chars) && false;
  }
  if (ok) {
    ObjTask *main = task_new(vm, loop, coro, NONE_VAL);
    ok = main && runner_run_task(vm, loop, main, out);
  }
  Value error = ok ? UNDEF_VAL : vm_take_exception(vm);
  vm_push_root(vm, error);
  if (ok) vm_push_root(vm, *out);

  /* Runner.__exit__ (close): clean up, whatever happened; its error wins. */
  bool clean = runner_close(vm, loop, true);
  vm_pop_root(vm, ok ? 3 : 2);
  if (!clean) return false;
  if (!ok) return vm_raise_value(vm, error);
  return true;
}

/* asyncio._runner_run(loop, task) and asyncio._runner_close(loop, unset):
** the C halves of asyncio.Runner (runtime/lib/asyncio_runners.py), which
** asyncio.run shares. */
static bool f_runner_run(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  if (argc != 2 || kwargs != NULL || !IS_KIND(args[0], OBJ_LOOP) || !IS_TASK(args[1]))
    return vm_raise(vm, vm->exc_TypeError, "_runner_run(loop, task)");
  return runner_run_task(vm, (ObjLoop *)AS_OBJ(args[0]), AS_TASK(args[1]), out);
}
static bool f_runner_close(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  if (argc != 2 || kwargs != NULL || !IS_KIND(args[0], OBJ_LOOP))
    return vm_raise(vm, vm->exc_TypeError, "_runner_close(loop, unset)");
  int unset = value_truthy(vm, args[1]);
  if (unset < 0 || !runner_close(vm, (ObjLoop *)AS_OBJ(args[0]), unset == 1)) return false;
  *out = NONE_VAL;
  return true;
}

/* ======================================================= module functions */

static bool f_run(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  static const char *const names[] = {"main", "debug"};
  Value a[2];
  if (!asyncio_parse_args(vm, "run", argc, args, kwargs, 2, names, 1, 1, a)) return false;
  return asyncio_run(vm, a[0], IS_UNDEF(a[1]) ? NONE_VAL : a[1], out);
}

/*
** The asyncio module's __getattr__ (PEP 562): names not made in C (the
** locks, queues, wait_for, TaskGroup, ...) are written in the language, in
** runtime/lib/asyncio_NAME.py.  The first time one is asked for, those files
** run with the asyncio module as their globals, as CPython's asyncio
** package sits on its C _asyncio core.
*/
static bool f_module_getattr(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  AsyncioState *st = asyncio_state(vm);
  if (argc != 1 || !IS_STR(args[0])) return vm_raise(vm, vm->exc_TypeError, "__getattr__ expects a name");
  ObjDict *d = st->module->dict;
  if (!st->lib_loaded) {
    if (!load_lib(vm)) return false;
    if (dict_get_str(d, AS_STR(args[0]), out)) return true;
  }
  return vm_raise(vm, vm->exc_AttributeError, "module 'asyncio' has no attribute '%s'", AS_STR(args[0])->chars);
}

/* Run runtime/lib/asyncio_*.py into the module, once. */
static bool load_lib(VM *vm) {
  AsyncioState *st = asyncio_state(vm);
  if (st->lib_loaded) return true;
  st->lib_loaded = true;
  return runtime_run_lib_into(vm, "asyncio_", st->module->dict);
}

static bool f_sleep(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  static const char *const names[] = {"delay", "result"};
  Value a[2] = {argc > 0 ? args[0] : UNDEF_VAL, UNDEF_VAL};
  if ((argc != 1 || kwargs != NULL) &&   /* sleep(delay), the usual call, needs no parsing */
      !asyncio_parse_args(vm, "sleep", argc, args, kwargs, 2, names, 2, 1, a))
    return false;
  double delay;
  if (!asyncio_number(a[0], &delay))
    return vm_raise(vm, vm->exc_TypeError, "'<=' not supported between instances of '%s' and 'int'",
                    value_type_name(vm, a[0]));
  Obj *s = future_sleep_new(vm, delay, IS_UNDEF(a[1]) ? NONE_VAL : a[1]);
  if (!s) return false;
  *out = OBJ_VAL(s);
  return true;
}

static bool f_get_event_loop(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  if (!asyncio_parse_args(vm, "get_event_loop", argc, args, kwargs, 0, NULL, 0, 0, NULL)) return false;
  ObjLoop *loop = asyncio_get_event_loop(vm);
  if (!loop) return false;
  *out = OBJ_VAL(loop);
  return true;
}

static bool f_get_running_loop(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  if (!asyncio_parse_args(vm, "get_running_loop", argc, args, kwargs, 0, NULL, 0, 0, NULL)) return false;
  ObjLoop *loop = asyncio_get_running_loop(vm);
  if (!loop) return false;
  *out = OBJ_VAL(loop);
  return true;
}

static bool f__get_running_loop(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  ObjLoop *loop = asyncio_state(vm)->running_loop;
  *out = loop ? OBJ_VAL(loop) : NONE_VAL;
  return true;
}

static bool f_new_event_loop(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  if (!asyncio_parse_args(vm, "new_event_loop", argc, args, kwargs, 0, NULL, 0, 0, NULL)) return false;
  ObjLoop *loop = loop_new(vm);
  if (!loop) return false;
  *out = OBJ_VAL(loop);
  return true;
}

static bool f_set_event_loop(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  static const char *const names[] = {"loop"};
  Value a[1];
  if (!asyncio_parse_args(vm, "set_event_loop", argc, args, kwargs, 1, names, 1, 1, a)) return false;
  asyncio_state(vm)->set_called = true;
  if (!IS_NONE(a[0]) && !IS_KIND(a[0], OBJ_LOOP))
    return vm_raise(vm, vm->exc_TypeError,
                    "loop must be an instance of AbstractEventLoop or None, not '%s'",
                    value_type_name(vm, a[0]));
  set_event_loop(vm, IS_NONE(a[0]) ? NULL : (ObjLoop *)AS_OBJ(a[0]));
  *out = NONE_VAL;
  return true;
}

static bool f_create_task(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  static const char *const names[] = {"coro", "name", "context"};
  Value a[3];
  if (!asyncio_parse_args(vm, "create_task", argc, args, kwargs, 3, names, 1, 1, a)) return false;
  ObjLoop *loop = asyncio_get_running_loop(vm);
  if (!loop || !loop_check_closed(vm, loop)) return false;
  /* tasks.create_task makes the task without the name (so it takes a
     Task-N number even when a name is given) and then names it. */
  Value name = IS_UNDEF(a[1]) ? NONE_VAL : a[1];
  if (!IS_NONE(name)) asyncio_state(vm)->task_counter++;
  ObjTask *t = task_new(vm, loop, a[0], name);
  if (!t) return false;
  *out = OBJ_VAL(t);
  return true;
}

static bool f_ensure_future(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  static const char *const names[] = {"coro_or_future", "loop"};
  Value a[2];
  if (!asyncio_parse_args(vm, "ensure_future", argc, args, kwargs, 2, names, 1, 1, a)) return false;
  ObjLoop *loop = NULL;
  if (IS_KIND(a[1], OBJ_LOOP)) loop = (ObjLoop *)AS_OBJ(a[1]);
  return asyncio_ensure_future(vm, a[0], loop, out);
}

static bool f_gather(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  bool return_exceptions = false;
  if (kwargs) {
    size_t pos = 0;
    Value k, v;
    while (dict_next(kwargs, &pos, &k, &v)) {
      if (!(IS_STR(k) && strcmp(AS_STR(k)->chars, "return_exceptions") == 0))
        return vm_raise(vm, vm->exc_TypeError, "gather() got an unexpected keyword argument '%s'",
                        IS_STR(k) ? AS_STR(k)->chars : "?");
      int t = value_truthy(vm, v);
      if (t < 0) return false;
      return_exceptions = t == 1;
    }
  }
  if (argc == 0) {                      /* gather(): an already done future */
    ObjLoop *loop = asyncio_get_event_loop(vm);
    if (!loop) return false;
    ObjFuture *f = future_new(vm, loop);
    if (!f) return false;
    vm_push_root(vm, OBJ_VAL(f));
    ObjList *empty = list_new(vm, 0);
    bool ok = empty && future_set_result(vm, f, OBJ_VAL(empty));
    vm_pop_root(vm, 1);
    if (!ok) return false;
    *out = OBJ_VAL(f);
    return true;
  }
  ObjGather *g = future_gather(vm, argc, args, return_exceptions);
  if (!g) return false;
  *out = OBJ_VAL(g);
  return true;
}

/* The loop argument of all_tasks / current_task: the running loop if None. */
static ObjLoop *loop_arg(VM *vm, const char *fname, int argc, Value *args, ObjDict *kwargs) {
  static const char *const names[] = {"loop"};
  Value a[1];
  if (!asyncio_parse_args(vm, fname, argc, args, kwargs, 1, names, 1, 0, a)) return NULL;
  if (IS_KIND(a[0], OBJ_LOOP)) return (ObjLoop *)AS_OBJ(a[0]);
  return asyncio_get_running_loop(vm);
}

static bool f_all_tasks(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  ObjLoop *loop = loop_arg(vm, "all_tasks", argc, args, kwargs);
  if (!loop) return false;
  ObjList *l = live_tasks(vm, loop);
  if (!l) return false;
  /* CPython answers a set: build set(list) through the builtin class, and
     fall back to the list itself while sets cannot be built. */
  Value arg = OBJ_VAL(l);
  vm_push_root(vm, arg);
  bool ok = vm_call(vm, OBJ_VAL(vm->t_set), 1, &arg, NULL, out);
  vm_pop_root(vm, 1);
  if (!ok) {
    vm_take_exception(vm);
    *out = arg;
  }
  return true;
}

static bool f_current_task(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  ObjLoop *loop = loop_arg(vm, "current_task", argc, args, kwargs);
  if (!loop) return false;
  *out = loop->current_task ? OBJ_VAL(loop->current_task) : NONE_VAL;
  return true;
}

static bool f_iscoroutine(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  static const char *const names[] = {"obj"};
  Value a[1];
  if (!asyncio_parse_args(vm, "iscoroutine", argc, args, kwargs, 1, names, 1, 1, a)) return false;
  *out = BOOL_VAL(future_is_coroutine(a[0]));
  return true;
}

static bool f_iscoroutinefunction(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs,
                                  Value *out) {
  static const char *const names[] = {"func"};
  Value a[1];
  if (!asyncio_parse_args(vm, "iscoroutinefunction", argc, args, kwargs, 1, names, 1, 1, a)) return false;
  Value f = a[0];
  if (IS_KIND(f, OBJ_BOUND_METHOD)) f = ((ObjBoundMethod *)AS_OBJ(f))->func;
  *out = BOOL_VAL(IS_FUNCTION(f) && (AS_FUNCTION(f)->code->flags & CO_COROUTINE));
  return true;
}

static bool f_isfuture(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  static const char *const names[] = {"obj"};
  Value a[1];
  if (!asyncio_parse_args(vm, "isfuture", argc, args, kwargs, 1, names, 1, 1, a)) return false;
  *out = BOOL_VAL(IS_FUTURE(a[0]));
  return true;
}

/* ================================================================ init */

/* An exception class [name] of module asyncio.exceptions. */
static ObjClass *exception_class(VM *vm, const char *name, ObjClass *base) {
  ObjClass *cls = class_new(vm, name, base, OBJ_EXCEPTION);
  if (!cls) return NULL;
  cls->module = str_from_cstr(vm, "asyncio.exceptions");
  return cls->module ? cls : NULL;
}

bool asyncio_init(VM *vm) {
  AsyncioState *st = calloc(1, sizeof(AsyncioState));
  if (!st) return vm_raise_memory(vm);
  st->run_until_complete_cb = UNDEF_VAL;
  st->set_result_unless_cancelled = UNDEF_VAL;
  vm->asyncio = st;
  gc_add_root_marker(vm, mark_roots);
  gc_add_weak_sweeper(vm, sweep_weak);
  vm->asyncgen_firstiter = agen_firstiter;

  vm->exc_CancelledError = exception_class(vm, "CancelledError", vm->exc_BaseException);
  vm->exc_InvalidStateError = exception_class(vm, "InvalidStateError", vm->exc_Exception);
  if (!vm->exc_CancelledError || !vm->exc_InvalidStateError) return false;
  if (!loop_init(vm) || !future_init(vm)) return false;

  ObjStr *name = str_from_cstr(vm, "asyncio");
  if (!name) return false;
  ObjModule *m = module_new(vm, name);
  if (!m) return false;
  st->module = m;
  ObjDict *d = m->dict;
  bool ok = dict_set_cstr(vm, vm->modules, "asyncio", OBJ_VAL(m));
  define_native(vm, d, "run", f_run);
  define_native(vm, d, "sleep", f_sleep);
  define_native(vm, d, "__getattr__", f_module_getattr);
  define_native(vm, d, "get_event_loop", f_get_event_loop);
  define_native(vm, d, "get_running_loop", f_get_running_loop);
  define_native(vm, d, "_get_running_loop", f__get_running_loop);
  define_native(vm, d, "new_event_loop", f_new_event_loop);
  define_native(vm, d, "set_event_loop", f_set_event_loop);
  define_native(vm, d, "create_task", f_create_task);
  define_native(vm, d, "ensure_future", f_ensure_future);
  define_native(vm, d, "gather", f_gather);
  define_native(vm, d, "all_tasks", f_all_tasks);
  define_native(vm, d, "current_task", f_current_task);
  define_native(vm, d, "iscoroutine", f_iscoroutine);
  define_native(vm, d, "iscoroutinefunction", f_iscoroutinefunction);
  define_native(vm, d, "isfuture", f_isfuture);
  define_native(vm, d, "_asyncgen_take", f_asyncgen_take);
  define_native(vm, d, "_runner_run", f_runner_run);
  define_native(vm, d, "_runner_close", f_runner_close);
  define_native(vm, st->cls_loop->dict, "shutdown_asyncgens", m_shutdown_asyncgens);
  ok = ok && dict_set_cstr(vm, d, "Future", OBJ_VAL(st->cls_future)) &&
       dict_set_cstr(vm, d, "Task", OBJ_VAL(st->cls_task)) &&
       dict_set_cstr(vm, d, "Handle", OBJ_VAL(st->cls_handle)) &&
       dict_set_cstr(vm, d, "TimerHandle", OBJ_VAL(st->cls_timer_handle)) &&
       dict_set_cstr(vm, d, "SelectorEventLoop", OBJ_VAL(st->cls_loop)) &&
       dict_set_cstr(vm, d, "AbstractEventLoop", OBJ_VAL(st->cls_loop->base)) &&
       dict_set_cstr(vm, d, "CancelledError", OBJ_VAL(vm->exc_CancelledError)) &&
       dict_set_cstr(vm, d, "InvalidStateError", OBJ_VAL(vm->exc_InvalidStateError)) &&
       dict_set_cstr(vm, d, "TimeoutError", OBJ_VAL(vm->exc_TimeoutError));
  return ok;
}

void asyncio_free(VM *vm) {
  if (vm->asyncio) free(asyncio_state(vm)->agens);
  free(vm->asyncio);
  vm->asyncio = NULL;
}
