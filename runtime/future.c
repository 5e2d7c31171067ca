/*
** future.c -- Future, Task, _GatheringFuture, the `await future` iterator
** and asyncio.sleep(), as CPython's _asyncio module and asyncio/tasks.py.
**
** Sections: Future states and callbacks; Task (its step is the other half
** of the event loop: read it next to loop_run_once); gather; the awaitable
** iterators; reprs; Python methods; collector hooks and init.
*/
#include "runtime/future.h"

#include <stdio.h>
#include <string.h>

#include "src/gc.h"
#include "src/coro.h"
#include "src/diag.h"
#include "src/frame.h"
#include "runtime/runtime.h"
#include "runtime/asyncio.h"
#include "runtime/builtins.h"
#include "runtime/loop.h"

/* ================================================ Future: the state machine */

/* Fill the Future part of a freshly allocated future. */
static void future_setup(ObjFuture *f, FutureKind kind, ObjLoop *loop) {
  f->kind = kind;
  f->state = FUTURE_PENDING;
  f->loop = loop;
  f->value = UNDEF_VAL;                /* no callback0 yet */
  f->callback0_wakeup = false;
  f->callbacks = NULL;
  f->blocking = false;
  f->log_traceback = false;
}

ObjFuture *future_new(VM *vm, ObjLoop *loop) {
  ObjFuture *f = (ObjFuture *)gc_alloc(vm, sizeof(ObjFuture), OBJ_FUTURE,
                                       asyncio_state(vm)->cls_future);
  if (!f) return NULL;
  future_setup(f, FUTURE_KIND_PLAIN, loop);
  return f;
}

/* Pending future [f] becomes done: it takes [state] and its outcome
** ([value] and [exc], see ObjFuture), a task leaves the registry of live
** tasks, then every done callback is scheduled with call_soon(callback,
** future), in order (Future.__schedule_callbacks).  The callbacks are taken
** out first: callback0 shares its slot with the result.  False after
** raising (the loop is closed). */
static bool future_finish(VM *vm, ObjFuture *f, FutureState state, Value value, Value exc) {
  Value cb0 = f->value;
  bool cb0_wakeup = f->callback0_wakeup;
  ObjList *cbs = f->callbacks;
  f->callback0_wakeup = false;
  f->state = (uint8_t)state;
  f->value = value;
  f->exc = IS_OBJ(exc) ? AS_OBJ(exc) : NULL;   /* in the callbacks' place */
  vm_push_root(vm, cb0);               /* an event hook may run Python code */
  vm_push_root(vm, cbs ? OBJ_VAL(cbs) : NONE_VAL);
  if (f->kind == FUTURE_KIND_TASK) {
    ObjTask *t = (ObjTask *)f;
    t->phase = TASK_DONE;
    asyncio_unregister_task(vm, t);
    vm_emit(vm, EV_TASK_DONE, OBJ_VAL(f), NONE_VAL);
  }
  Value fv = OBJ_VAL(f);
  bool ok = IS_UNDEF(cb0) ||
            loop_call_soon_kind(vm, f->loop, cb0_wakeup ? HANDLE_TASK_WAKEUP : HANDLE_CALL, cb0, 1, &fv);
  for (size_t i = 0; ok && cbs && i < cbs->count; i++)
    ok = loop_call_soon(vm, f->loop, cbs->items[i], 1, &fv) != NULL;
  vm_pop_root(vm, 2);
  return ok;
}

/* The message of cancel(msg) (CPython's _cancel_message), NONE_VAL for
** none: a cancelled future keeps it in value, a pending task that must
** cancel itself at its next step in its cancel_message. */
static Value cancel_message(const ObjFuture *f) {
  if (f->state == FUTURE_CANCELLED) return f->value;
  return f->kind == FUTURE_KIND_TASK ? ((const ObjTask *)f)->cancel_message : NONE_VAL;
}

/* A pending task [t] no longer must cancel itself: drop the message kept
** for it. */
static void task_clear_must_cancel(ObjTask *t) {
  t->must_cancel = false;
  t->cancel_message = NONE_VAL;
}

/* The CancelledError that result() raises for a cancelled future (or a
** task's step throws in when it must cancel): the one a task's coroutine
** raised (kept in cancelled_exc, used once), else a new
** CancelledError(cancel message) (as Future._make_cancelled_error). */
static bool make_cancelled_error(VM *vm, ObjFuture *f, Value *out) {
  if (f->state == FUTURE_CANCELLED && f->exc != NULL) {   /* cancelled_exc? */
    *out = OBJ_VAL(f->exc);
    f->exc = NULL;
    return true;
  }
  Value msg = cancel_message(f);
  return exc_instantiate(vm, vm->exc_CancelledError, IS_NONE(msg) ? 0 : 1, &msg, out);
}

bool future_set_result(VM *vm, ObjFuture *f, Value v) {
  if (f->state != FUTURE_PENDING) return vm_raise(vm, vm->exc_InvalidStateError, "invalid state");
  return future_finish(vm, f, FUTURE_FINISHED, v, UNDEF_VAL);
}

bool future_set_exception(VM *vm, ObjFuture *f, Value exc) {
  if (f->state != FUTURE_PENDING) return vm_raise(vm, vm->exc_InvalidStateError, "invalid state");
  Value e = exc;
  if (IS_CLASS(exc) && class_is_subclass(AS_CLASS(exc), vm->exc_BaseException)) {
    if (!exc_instantiate(vm, AS_CLASS(exc), 0, NULL, &e)) return false;  /* set_exception(ValueError) */
  }
  if (!IS_EXCEPTION(e)) return vm_raise(vm, vm->exc_TypeError, "invalid exception object");
  if (class_is_subclass(AS_OBJ(e)->cls, vm->exc_StopIteration))
    return vm_raise(vm, vm->exc_TypeError,
                    "StopIteration interacts badly with generators and cannot be raised into a Future");
  f->log_traceback = true;
  return future_finish(vm, f, FUTURE_FINISHED, NONE_VAL, e);
}

/* Future.cancel itself, without the Task / gather overrides: [msg] becomes
** the cancel message, and [cancelled_exc] (the CancelledError a task's
** coroutine raised, from task_step; else UNDEF) what result() raises first. */
static bool future_cancel_plain(VM *vm, ObjFuture *f, Value msg, Value cancelled_exc,
                                bool *cancelled) {
  f->log_traceback = false;
  *cancelled = false;
  if (f->state != FUTURE_PENDING) return true;
  *cancelled = true;
  return future_finish(vm, f, FUTURE_CANCELLED, msg, cancelled_exc);
}

static bool task_cancel(VM *vm, ObjTask *t, Value msg, bool *cancelled);
static bool gather_cancel(VM *vm, ObjGather *g, Value msg, bool *cancelled);

bool future_cancel(VM *vm, ObjFuture *f, Value msg, bool *cancelled) {
  switch (f->kind) {
    case FUTURE_KIND_TASK: return task_cancel(vm, (ObjTask *)f, msg, cancelled);
    case FUTURE_KIND_GATHER: return gather_cancel(vm, (ObjGather *)f, msg, cancelled);
    case FUTURE_KIND_PLAIN: break;
  }
  return future_cancel_plain(vm, f, msg, UNDEF_VAL, cancelled);
}

bool future_result(VM *vm, ObjFuture *f, Value *out) {
  if (f->state == FUTURE_CANCELLED) {
    Value exc;
    if (!make_cancelled_error(vm, f, &exc)) return false;
    return vm_raise_value(vm, exc);
  }
  if (f->state == FUTURE_PENDING)
    return vm_raise(vm, vm->exc_InvalidStateError, "Result is not set.");
  f->log_traceback = false;
  if (f->exc != NULL) return vm_raise_value(vm, OBJ_VAL(f->exc));
  *out = f->value;
  return true;
}

bool future_outcome_exception(VM *vm, ObjFuture *f, Value *out) {
  *out = UNDEF_VAL;
  if (f->state == FUTURE_CANCELLED) return make_cancelled_error(vm, f, out);
  if (!IS_UNDEF(future_exception(f))) {
    f->log_traceback = false;
    *out = OBJ_VAL(f->exc);
  }
  return true;
}

bool future_add_done_callback(VM *vm, ObjFuture *f, Value fn) {
  if (f->state != FUTURE_PENDING) {         /* already done: schedule it now */
    Value fv = OBJ_VAL(f);
    return loop_call_soon(vm, f->loop, fn, 1, &fv) != NULL;
  }
  if (future_callback_count(f) == 0) {
    f->value = fn;                          /* the first (callback0): no list */
    f->callback0_wakeup = false;
    return true;
  }
  if (!f->callbacks) {
    vm_push_root(vm, fn);
    ObjList *l = list_new(vm, 2);
    vm_pop_root(vm, 1);
    if (!l) return false;
    f->callbacks = l;
  }
  return list_append(vm, f->callbacks, fn);
}

static ObjNative *task_wakeup_new(VM *vm, ObjTask *t);

/* Is callback [cb] == [fn]?  1, 0, or -1 after raising (__eq__ may run). */
static int callback_eq(VM *vm, Value cb, Value fn) {
  return (IS_OBJ(cb) && IS_OBJ(fn) && AS_OBJ(cb) == AS_OBJ(fn)) ? 1 : value_eq(vm, cb, fn);
}

bool future_remove_done_callback(VM *vm, ObjFuture *f, Value fn, int *removed) {
  *removed = 0;
  vm_push_root(vm, OBJ_VAL(f));
  vm_push_root(vm, fn);
  if (!IS_UNDEF(future_callback0(f))) {
    /* A wakeup kept as its task is compared as the callable it stands for
       (fn's __eq__ may look at it), made for the purpose. */
    Value cb0 = f->value;
    if (f->callback0_wakeup) {
      ObjNative *n = task_wakeup_new(vm, AS_TASK(cb0));
      if (!n) { vm_pop_root(vm, 2); return false; }
      cb0 = OBJ_VAL(n);
    }
    vm_push_root(vm, cb0);
    int eq = callback_eq(vm, cb0, fn);
    vm_pop_root(vm, 1);
    if (eq < 0) { vm_pop_root(vm, 2); return false; }
    if (eq) {
      if (f->state == FUTURE_PENDING) {   /* (__eq__ may have finished it) */
        f->value = UNDEF_VAL;
        f->callback0_wakeup = false;
      }
      (*removed)++;
    }
  }
  /* The rest: the ones kept go to a new list that replaces the old one's
     items at the end (as CPython's), so that an __eq__ that raises leaves
     them all, and one that adds callbacks (appended: compared too) or
     finishes the future (the list is detached) cannot confuse the count. */
  ObjList *cbs = future_callbacks(f);
  ObjList *kept = cbs ? list_new(vm, cbs->count) : NULL;
  if (!cbs || !kept) { vm_pop_root(vm, 2); return cbs == NULL; }
  vm_push_root(vm, OBJ_VAL(cbs));
  vm_push_root(vm, OBJ_VAL(kept));
  bool ok = true;
  for (size_t i = 0; ok && i < cbs->count; i++) {
    Value cb = cbs->items[i];
    int eq = callback_eq(vm, cb, fn);
    if (eq > 0) (*removed)++;
    ok = eq == 0 ? list_append(vm, kept, cb) : eq > 0;
  }
  if (ok && future_callbacks(f) == cbs) {
    if (kept->count > 0) memcpy(cbs->items, kept->items, kept->count * sizeof(Value));
    cbs->count = kept->count;
  }
  vm_pop_root(vm, 4);
  return ok;
}

void future_discard_done_callback(ObjFuture *f, Value fn) {
  if (!IS_OBJ(fn)) return;
  Value cb0 = future_callback0(f);
  if (!f->callback0_wakeup && IS_OBJ(cb0) && AS_OBJ(cb0) == AS_OBJ(fn)) f->value = UNDEF_VAL;
  ObjList *cbs = future_callbacks(f);
  if (!cbs) return;
  size_t kept = 0;
  for (size_t i = 0; i < cbs->count; i++)
    if (!(IS_OBJ(cbs->items[i]) && AS_OBJ(cbs->items[i]) == AS_OBJ(fn))) cbs->items[kept++] = cbs->items[i];
  cbs->count = kept;
}

/* ============================================================== Task */

/* _enter_task / _leave_task: the loop's current task (current_task()). */
static bool enter_task(VM *vm, ObjLoop *loop, ObjTask *t) {
  if (loop->current_task != NULL) {
    ObjStr *a = future_repr(vm, &t->fut);
    ObjStr *b = a ? future_repr(vm, (ObjFuture *)loop->current_task) : NULL;
    if (!b) return false;
    return vm_raise(vm, vm->exc_RuntimeError,
                    "Cannot enter into task %s while another task %s is being executed.",
                    a->chars, b->chars);
  }
  loop->current_task = (Obj *)t;
  return true;
}

static void leave_task(ObjLoop *loop, ObjTask *t) {
  if (loop->current_task == (Obj *)t) loop->current_task = NULL;
}

/* Schedule the task's next step, throwing [exc] in (UNDEF: send None).
** The handle names the task itself (HANDLE_TASK_STEP): no callable is
** made for it, where CPython binds a TaskStepMethWrapper. */
static bool schedule_step(VM *vm, ObjTask *t, Value exc) {
  t->phase = TASK_SCHEDULED;
  bool thrown = !IS_UNDEF(exc);
  return loop_call_soon_kind(vm, t->fut.loop, HANDLE_TASK_STEP, OBJ_VAL(t), thrown ? 1 : 0,
                             thrown ? &exc : NULL) != NULL;
}

/* Park task [t] on pending future [f]: its wakeup becomes f's next done
** callback.  As the first one it is kept as the task itself
** (callback0_wakeup); after others it is a native bound to the task, made
** now (CPython makes one each time a task waits).  False on MemoryError. */
static bool future_add_wakeup(VM *vm, ObjFuture *f, ObjTask *t) {
  if (f->state == FUTURE_PENDING && future_callback_count(f) == 0) {
    f->value = OBJ_VAL(t);
    f->callback0_wakeup = true;
    return true;
  }
  ObjNative *n = task_wakeup_new(vm, t);
  return n && future_add_done_callback(vm, f, OBJ_VAL(n));
}

/* Which reprs a throw_later message formats, in order. */
typedef enum { BAD_TASK_RESULT, BAD_TASK, BAD_RESULT } BadYieldArgs;

/* Make RuntimeError(message) from [fmt] with the task's and/or the yielded
** value's repr ([which]), and schedule a step that throws it into the
** coroutine (how __step answers a bad yield). */
static bool throw_later(VM *vm, ObjTask *t, const char *fmt, Value result, BadYieldArgs which) {
  ObjStr *tr = future_repr(vm, &t->fut);
  if (!tr) return false;
  vm_push_root(vm, OBJ_VAL(tr));
  ObjStr *rr = NULL;
  bool ok = value_repr(vm, result, &rr);
  vm_pop_root(vm, 1);
  if (!ok) return false;
  ObjStr *msg = which == BAD_TASK_RESULT ? str_printf(vm, fmt, tr->chars, rr->chars)
                : which == BAD_TASK ? str_printf(vm, fmt, tr->chars)
                : str_printf(vm, fmt, rr->chars);
  if (!msg) return false;
  ObjException *e = exc_new(vm, vm->exc_RuntimeError, msg);
  if (!e) return false;
  return schedule_step(vm, t, OBJ_VAL(e));
}

/*
** One step of a task (Task.__step): resume the coroutine with None, or
** throw [exc] into it, then look at what happened:
**   it returned      -> the task's result (or cancelled, if cancel() came
**                       while it ran);
**   it raised        -> CancelledError cancels the task, anything else
**                       becomes its exception; KeyboardInterrupt and
**                       SystemExit are also raised out of the loop;
**   it yielded a Future whose blocking flag `await` set -> park: the
**                       task's wakeup becomes a done callback of it;
**   it yielded None  -> a bare yield (sleep(0)): step again next iteration;
**   anything else    -> RuntimeError thrown in at the next step.
** Returns false with an exception pending for KeyboardInterrupt/SystemExit
** and for errors of the machinery itself (closed loop, MemoryError).
*/
static bool task_step(VM *vm, ObjTask *t, Value exc) {
  ObjLoop *loop = t->fut.loop;
  if (t->fut.state != FUTURE_PENDING) {
    ObjStr *tr = future_repr(vm, &t->fut);
    ObjStr *er = NULL;
    if (!tr) return false;
    if (!value_repr(vm, IS_UNDEF(exc) ? NONE_VAL : exc, &er)) return false;
    return vm_raise(vm, vm->exc_InvalidStateError, "_step(): already done: %s, %s", tr->chars,
                    er->chars);
  }
  vm_push_root(vm, OBJ_VAL(t));
  vm_push_root(vm, exc);
  /* A cancel() that found nothing to cancel: throw CancelledError in now. */
  if (t->must_cancel) {
    if (!(IS_EXCEPTION(exc) && class_is_subclass(AS_OBJ(exc)->cls, vm->exc_CancelledError))) {
      if (!make_cancelled_error(vm, &t->fut, &exc)) goto fail;
      vm->roots[vm->root_count - 1] = exc;
    }
    task_clear_must_cancel(t);
  }
  t->fut_waiter = NULL;
  if (!enter_task(vm, loop, t)) goto fail;
  t->phase = TASK_RUNNING;

  Value result;
  VMResult r = vm_send(vm, task_coro(t), NONE_VAL, exc, &result);
  leave_task(loop, t);
  vm_push_root(vm, result);
  bool ok = true;
  bool done;

  switch (r) {
    case VM_RETURN:                                   /* StopIteration */
      if (t->must_cancel) {
        Value msg = cancel_message(&t->fut);
        task_clear_must_cancel(t);
        ok = future_cancel_plain(vm, &t->fut, msg, UNDEF_VAL, &done);
      } else {
        ok = future_set_result(vm, &t->fut, result);
      }
      break;

    case VM_ERROR: {
      Value e = vm_take_exception(vm);
      vm->roots[vm->root_count - 1] = e;
      ObjClass *cls = AS_OBJ(e)->cls;
      if (class_is_subclass(cls, vm->exc_CancelledError)) {
        /* e is cancelled_exc: result() re-raises this one */
        ok = future_cancel_plain(vm, &t->fut, NONE_VAL, e, &done);
      } else if (class_is_subclass(cls, vm->exc_KeyboardInterrupt) ||
                 class_is_subclass(cls, vm->exc_SystemExit)) {
        if (future_set_exception(vm, &t->fut, e)) vm_raise_value(vm, e);
        ok = false;                                   /* re-raised out of the loop */
      } else {
        ok = future_set_exception(vm, &t->fut, e);
      }
      break;
    }

    case VM_SUSPEND:
      if (IS_FUTURE(result)) {
        ObjFuture *f = AS_FUTURE(result);
        if (f->loop != loop) {
          ok = throw_later(vm, t, "Task %s got Future %s attached to a different loop", result,
                           BAD_TASK_RESULT);
        } else if (!f->blocking) {
          ok = throw_later(vm, t, "yield was used instead of yield from in task %s with %s", result,
                           BAD_TASK_RESULT);
        } else if (f == &t->fut) {
          ok = throw_later(vm, t, "Task cannot await on itself: %s", result, BAD_TASK);
        } else {
          /* Park on the future until it is done. */
          f->blocking = false;
          ok = future_add_wakeup(vm, f, t);
          t->fut_waiter = f;
          t->phase = TASK_WAITING;
          if (ok && t->must_cancel) {                 /* cancel() while it ran? */
            ok = future_cancel(vm, f, cancel_message(&t->fut), &done);
            if (ok && done) task_clear_must_cancel(t);
          }
        }
      } else if (IS_NONE(result)) {
        ok = schedule_step(vm, t, UNDEF_VAL);         /* bare yield: run again soon */
      } else if (IS_CORO(result) && !AS_CORO(result)->is_coroutine) {
        ok = throw_later(vm, t, "yield was used instead of yield from for generator in task %s with %s",
                         result, BAD_TASK_RESULT);
      } else {
        ok = throw_later(vm, t, "Task got bad yield: %s", result, BAD_RESULT);
      }
      break;
  }
  vm_pop_root(vm, 3);
  return ok;

fail:
  vm_pop_root(vm, 2);
  return false;
}

bool task_run_step(VM *vm, ObjTask *t, Value exc) { return task_step(vm, t, exc); }

bool task_run_wakeup(VM *vm, ObjTask *t, Value fut) {
  Value exc = UNDEF_VAL;
  if (IS_FUTURE(fut) && !future_outcome_exception(vm, AS_FUTURE(fut), &exc)) return false;
  return task_step(vm, t, exc);
}

/* Task.__wakeup(future) as a native bound to the task. */
static bool task_wakeup_native(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs,
                               Value *out) {
  *out = NONE_VAL;
  return task_run_wakeup(vm, AS_TASK(self), argc > 0 ? args[0] : NONE_VAL);
}

static ObjNative *task_wakeup_new(VM *vm, ObjTask *t) {
  return native_new(vm, "Task.task_wakeup", task_wakeup_native, OBJ_VAL(t));
}

ObjTask *future_wakeup_task(Value cb) {
  if (!IS_NATIVE(cb) || AS_NATIVE(cb)->fn != task_wakeup_native || !IS_TASK(AS_NATIVE(cb)->self))
    return NULL;
  return AS_TASK(AS_NATIVE(cb)->self);
}

static bool task_cancel(VM *vm, ObjTask *t, Value msg, bool *cancelled) {
  t->fut.log_traceback = false;
  *cancelled = false;
  if (t->fut.state != FUTURE_PENDING) return true;
  t->num_cancels_requested++;
  vm_emit(vm, EV_TASK_CANCEL, OBJ_VAL(t), msg);
  if (t->fut_waiter != NULL) {
    bool c;
    if (!future_cancel(vm, t->fut_waiter, msg, &c)) return false;
    if (c) { *cancelled = true; return true; }  /* its wakeup will throw it in */
  }
  /* Nothing to cancel: the step already scheduled will throw CancelledError. */
  t->must_cancel = true;
  t->cancel_message = msg;
  *cancelled = true;
  return true;
}

ObjStr *task_name(VM *vm, ObjTask *t) {
  if (!t->named) {
    ObjStr *s = str_printf(vm, "Task-%llu", (unsigned long long)t->name_num);
    if (!s) return NULL;
    t->name = s;
    t->named = true;
  }
  return t->name;
}

/* task.set_name([name]): the name becomes str(name).  False after raising. */
static bool task_set_name(VM *vm, ObjTask *t, Value name) {
  ObjStr *s;
  if (!value_str(vm, name, &s)) return false;
  t->name = s;
  t->named = true;
  return true;
}

const char *task_name_chars(const ObjTask *t, char *buf, size_t *len) {
  if (t->named) {
    *len = t->name->len;
    return t->name->chars;
  }
  int n = snprintf(buf, TASK_NAME_BUF, "Task-%llu", (unsigned long long)t->name_num);
  *len = n < 0 ? 0 : (size_t)n;
  return buf;
}

bool future_is_coroutine(Value v) {
  if (IS_CORO(v)) return true;
  return IS_KIND(v, OBJ_FUTURE_ITER) && ((ObjFutureIter *)AS_OBJ(v))->kind == FITER_SLEEP;
}

ObjTask *task_new(VM *vm, ObjLoop *loop, Value coro, Value name) {
  AsyncioState *st = asyncio_state(vm);
  if (!future_is_coroutine(coro)) {
    ObjStr *r;
    if (!value_repr(vm, coro, &r)) return NULL;
    vm_raise(vm, vm->exc_TypeError, "a coroutine was expected, got %s", r->chars);
    return NULL;
  }
  /* No name: take the next number now (as Task.__init__ does), make the
     string only when someone asks (task_name). */
  ObjStr *nm = NULL;
  uint64_t num = 0;
  if (IS_NONE(name) || IS_UNDEF(name)) num = ++st->task_counter;
  else if (!value_str(vm, name, &nm)) return NULL;
  if (nm) vm_push_root(vm, OBJ_VAL(nm));
  ObjTask *t = (ObjTask *)gc_alloc(vm, sizeof(ObjTask), OBJ_FUTURE, st->cls_task);
  if (nm) vm_pop_root(vm, 1);
  if (!t) return NULL;
  future_setup(&t->fut, FUTURE_KIND_TASK, loop);
  t->coro = AS_OBJ(coro);             /* future_is_coroutine: an object */
  t->named = nm != NULL;
  if (nm) t->name = nm;
  else t->name_num = num;
  t->fut_waiter = NULL;
  t->must_cancel = false;
  t->cancel_message = NONE_VAL;
  t->phase = TASK_SCHEDULED;
  t->num_cancels_requested = 0;
  t->live_prev = t->live_next = NULL;
  t->live = false;
  t->log_destroy_pending = true;
  if (!schedule_step(vm, t, UNDEF_VAL)) return NULL;
  asyncio_register_task(vm, t);
  vm_emit(vm, EV_TASK_NEW, OBJ_VAL(t), task_coro(t));
  return t;
}

/* ============================================================ gather */

static bool gather_cancel(VM *vm, ObjGather *g, Value msg, bool *cancelled) {
  *cancelled = false;
  if (g->fut.state != FUTURE_PENDING) return true;
  bool any = false;
  for (size_t i = 0; i < g->children->count; i++) {
    bool c;
    if (!future_cancel(vm, AS_FUTURE(g->children->items[i]), msg, &c)) return false;
    any = any || c;
  }
  /* Only if a child was cancelled: the outer future then ends with
     CancelledError once every child is done. */
  if (any) g->cancel_requested = true;
  *cancelled = any;
  return true;
}

/* The done callback of every child (gather's _done_callback): the first
** error ends the gather (unless return_exceptions), else the last child
** done sets the list of results. */
static bool gather_child_done(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs,
                              Value *out) {
  *out = NONE_VAL;
  ObjGather *g = (ObjGather *)AS_OBJ(self);
  if (argc < 1 || !IS_FUTURE(args[0])) return true;
  ObjFuture *child = AS_FUTURE(args[0]);
  g->nfinished++;
  if (g->fut.state != FUTURE_PENDING) {       /* already ended by another child? */
    if (child->state != FUTURE_CANCELLED) child->log_traceback = false;
    return true;
  }
  if (!g->return_exceptions) {
    if (child->state == FUTURE_CANCELLED) {
      Value exc;
      if (!make_cancelled_error(vm, child, &exc)) return false;
      return future_set_exception(vm, &g->fut, exc);
    }
    if (!IS_UNDEF(future_exception(child))) {
      child->log_traceback = false;
      return future_set_exception(vm, &g->fut, OBJ_VAL(child->exc));
    }
  }
  if (g->nfinished < g->nfuts) return true;   /* others still running? */

  /* All done: collect the results in argument order. */
  ObjList *results = list_new(vm, g->children->count);
  if (!results) return false;
  vm_push_root(vm, OBJ_VAL(results));
  for (size_t i = 0; i < g->children->count; i++) {
    ObjFuture *c = AS_FUTURE(g->children->items[i]);
    Value res;
    if (c->state == FUTURE_CANCELLED) {
      Value msg = cancel_message(c);
      if (IS_NONE(msg)) msg = OBJ_VAL(vm->s_empty);
      if (!exc_instantiate(vm, vm->exc_CancelledError, 1, &msg, &res)) goto fail;
    } else if (!IS_UNDEF(future_exception(c))) {
      c->log_traceback = false;
      res = OBJ_VAL(c->exc);
    } else {
      res = future_result_value(c);
    }
    if (!list_append(vm, results, res)) goto fail;
  }
  bool ok;
  if (g->cancel_requested) {
    Value exc;
    ok = make_cancelled_error(vm, child, &exc) && future_set_exception(vm, &g->fut, exc);
  } else {
    ok = future_set_result(vm, &g->fut, OBJ_VAL(results));
  }
  vm_pop_root(vm, 1);
  return ok;
fail:
  vm_pop_root(vm, 1);
  return false;
}

/* Where each argument first appears: first[i] is the index of the first
** argument that is the same object as argument i (i itself when it is new;
** only objects are compared, by identity).  An open-addressing table keyed
** by address keeps this linear in argc, as CPython's arg_to_fut dict does
** for gather; a quadratic scan took seconds for 100 000 tasks.  [first]
** holds argc ints.  False (MemoryError raised) if memory ran out. */
static bool first_occurrences(VM *vm, int argc, const Value *aws, int *first) {
  size_t size = 8;
  while (size < (size_t)argc * 2) size *= 2;
  int *slots = gc_realloc(vm, NULL, 0, size * sizeof(int));   /* index + 1; 0: empty */
  if (!slots) return false;
  memset(slots, 0, size * sizeof(int));
  for (int i = 0; i < argc; i++) {
    first[i] = i;
    if (!IS_OBJ(aws[i])) continue;
    uintptr_t addr = (uintptr_t)AS_OBJ(aws[i]);
    size_t h = (size_t)((addr >> 4) * 0x9E3779B97F4A7C15u) & (size - 1);
    while (slots[h] != 0 && AS_OBJ(aws[slots[h] - 1]) != AS_OBJ(aws[i])) h = (h + 1) & (size - 1);
    if (slots[h] == 0) slots[h] = i + 1;
    else first[i] = slots[h] - 1;
  }
  gc_realloc(vm, slots, size * sizeof(int), 0);
  return true;
}

ObjGather *future_gather(VM *vm, int argc, Value *aws, bool return_exceptions) {
  AsyncioState *st = asyncio_state(vm);
  int *first = gc_realloc(vm, NULL, 0, (size_t)(argc > 0 ? argc : 1) * sizeof(int));
  if (!first) return NULL;
  ObjGather *g = NULL;
  if (!first_occurrences(vm, argc, aws, first)) goto done;
  ObjList *children = list_new(vm, (size_t)argc);
  if (!children) goto done;
  vm_push_root(vm, OBJ_VAL(children));
  ObjLoop *loop = NULL;
  int nfuts = 0;
  /* Each distinct argument becomes a future (coroutines are wrapped in
     tasks on the loop of the first one); repeated arguments share it. */
  for (int i = 0; i < argc; i++) {
    Value fut = UNDEF_VAL;
    if (first[i] != i) {
      fut = children->items[first[i]];
    } else {
      if (!asyncio_ensure_future(vm, aws[i], loop, &fut)) goto fail;
      if (!loop) loop = AS_FUTURE(fut)->loop;
      if (AS_FUTURE(fut)->kind == FUTURE_KIND_TASK && !(IS_OBJ(aws[i]) && AS_OBJ(aws[i]) == AS_OBJ(fut)))
        ((ObjTask *)AS_FUTURE(fut))->log_destroy_pending = false;   /* gather's own tasks */
      nfuts++;
    }
    if (!list_append(vm, children, fut)) goto fail;
  }
  g = (ObjGather *)gc_alloc(vm, sizeof(ObjGather), OBJ_FUTURE, st->cls_gather);
  if (!g) goto fail;
  future_setup(&g->fut, FUTURE_KIND_GATHER, loop);
  g->children = children;
  g->nfinished = 0;
  g->nfuts = nfuts;
  g->return_exceptions = return_exceptions;
  g->cancel_requested = false;
  vm_push_root(vm, OBJ_VAL(g));
  ObjNative *cb = native_new(vm, "gather.<locals>._done_callback", gather_child_done, OBJ_VAL(g));
  if (!cb) { vm_pop_root(vm, 1); g = NULL; goto fail; }
  /* One callback per distinct child (a repeated one is registered once). */
  for (int i = 0; i < argc; i++) {
    if (first[i] == i && !future_add_done_callback(vm, AS_FUTURE(children->items[i]), OBJ_VAL(cb))) {
      vm_pop_root(vm, 1);
      g = NULL;
      goto fail;
    }
  }
  vm_pop_root(vm, 1);
fail:
  vm_pop_root(vm, 1);
done:
  gc_realloc(vm, first, (size_t)(argc > 0 ? argc : 1) * sizeof(int), 0);
  return g;
}

/* ================================================ awaitable iterators */

static ObjFutureIter *future_iter_new(VM *vm, FutureIterKind kind, ObjFuture *f) {
  AsyncioState *st = asyncio_state(vm);
  ObjFutureIter *it = (ObjFutureIter *)gc_alloc(vm, sizeof(ObjFutureIter), OBJ_FUTURE_ITER,
                                                kind == FITER_SLEEP ? st->cls_sleep : st->cls_future_iter);
  if (!it) return NULL;
  it->kind = (uint8_t)kind;
  it->fut = f;
  it->yielded = false;
  it->finished = false;
  it->has_timer = false;
  it->delay = 0.0;
  it->sleep_result = NONE_VAL;
  return it;
}

Obj *future_sleep_new(VM *vm, double delay, Value result) {
  ObjFutureIter *it = future_iter_new(vm, FITER_SLEEP, NULL);
  if (!it) return NULL;
  it->delay = delay;
  it->sleep_result = result;
  return (Obj *)it;
}

/* The second half of `await future`: the future should be done now. */
static int future_iter_finish(VM *vm, ObjFutureIter *it, Value *out) {
  it->finished = true;
  if (it->fut->state == FUTURE_PENDING) {
    vm_raise(vm, vm->exc_RuntimeError, "await wasn't used with future");
    return VM_ERROR;
  }
  return future_result(vm, it->fut, out) ? VM_RETURN : VM_ERROR;
}

/* The first half: a pending future is yielded, with its blocking flag set,
** to the task driving the await chain; a done one gives its result. */
static int future_iter_start(VM *vm, ObjFutureIter *it, Value *out) {
  if (it->fut->state != FUTURE_PENDING) return future_iter_finish(vm, it, out);
  it->fut->blocking = true;
  it->yielded = true;
  *out = OBJ_VAL(it->fut);
  return VM_SUSPEND;
}

/*
** asyncio.sleep(delay, result) as a C coroutine:
**   first send:  delay <= 0: yield None once (a bare yield);
**                else make a future, call_later(delay,
**                _set_result_unless_cancelled, future, result), and yield
**                the future as `await future` does;
**   second send: return result (delay <= 0), or the future's result after
**                cancelling the timer (the `finally: h.cancel()`).
**   a throw (the task was cancelled): cancel the timer, raise it.
*/
/* The `h.cancel()` of sleep(): cancel the timer (if it has not run yet) and
** forget it, so that the loop may reuse the handle once it leaves the heap
** (runtime/loop.c handle_release; a timer that has run was forgotten
** there).  The views show a cancelled timer and none alike. */
static void sleep_drop_timer(VM *vm, ObjFutureIter *it) {
  if (!future_sleep_timer(it)) return;
  handle_cancel(vm, it->timer);
  it->timer = NULL;
}

static int sleep_send(VM *vm, ObjFutureIter *it, Value throw, Value *out) {
  if (it->finished) {
    vm_raise(vm, vm->exc_RuntimeError, "cannot reuse already awaited coroutine");
    return VM_ERROR;
  }
  if (!IS_UNDEF(throw)) {
    it->finished = true;
    sleep_drop_timer(vm, it);
    vm_raise_value(vm, throw);
    return VM_ERROR;
  }
  if (it->yielded) {
    if (it->delay <= 0) {
      it->finished = true;
      *out = it->sleep_result;
      return VM_RETURN;
    }
    sleep_drop_timer(vm, it);
    return future_iter_finish(vm, it, out);
  }
  if (it->delay <= 0) {
    it->yielded = true;
    *out = NONE_VAL;
    return VM_SUSPEND;
  }
  ObjLoop *loop = asyncio_get_running_loop(vm);
  if (!loop) { it->finished = true; return VM_ERROR; }
  it->fut = future_new(vm, loop);
  if (!it->fut) return VM_ERROR;
  /* The timer names this awaitable (HANDLE_SLEEP_END), where CPython's
     holds _set_result_unless_cancelled and a tuple (future, result); the
     result is its argument (none for None), and leaves the awaitable. */
  Value result = it->sleep_result;
  bool none = IS_NONE(result);
  ObjHandle *h = loop_call_later_kind(vm, loop, it->delay, HANDLE_SLEEP_END, OBJ_VAL(it),
                                      none ? 0 : 1, none ? NULL : &result);
  if (!h) return VM_ERROR;
  it->has_timer = true;
  it->timer = h;
  return future_iter_start(vm, it, out);
}

/* gc_kind_ops[OBJ_FUTURE_ITER].send: see gc.h and coro.h vm_send. */
static int future_iter_send(VM *vm, Obj *o, Value send, Value throw, Value *out) {
  ObjFutureIter *it = (ObjFutureIter *)o;
  if (it->kind == FITER_SLEEP) return sleep_send(vm, it, throw, out);
  if (it->finished) {                  /* exhausted: StopIteration(None) */
    *out = NONE_VAL;
    return VM_RETURN;
  }
  if (!IS_UNDEF(throw)) {              /* raised at the `yield self` */
    it->finished = true;
    vm_raise_value(vm, throw);
    return VM_ERROR;
  }
  /* Values sent in are ignored: `await` only ever sends None. */
  if (it->yielded) return future_iter_finish(vm, it, out);
  return future_iter_start(vm, it, out);
}

/* gc_kind_ops[OBJ_FUTURE].get_awaitable: `await future` iterates a new FutureIter. */
static bool future_get_awaitable(VM *vm, Obj *o, Value *out) {
  ObjFutureIter *it = future_iter_new(vm, FITER_FUTURE, (ObjFuture *)o);
  if (!it) return false;
  *out = OBJ_VAL(it);
  return true;
}

/* gc_kind_ops[OBJ_FUTURE_ITER].get_awaitable: sleep()'s object is its own
** iterator, as a coroutine is; a FutureIter is not awaitable. */
static bool future_iter_get_awaitable(VM *vm, Obj *o, Value *out) {
  ObjFutureIter *it = (ObjFutureIter *)o;
  if (it->kind == FITER_SLEEP) {
    if (it->finished || it->yielded)
      return vm_raise(vm, vm->exc_RuntimeError, "cannot reuse already awaited coroutine");
    *out = OBJ_VAL(o);
    return true;
  }
  return vm_raise(vm, vm->exc_TypeError, "object FutureIter can't be used in 'await' expression");
}

/* ============================================================== reprs */

/* Append [n] bytes of [s] to a malloc'd buffer (*buf, *len, *cap). */
typedef struct { char *s; size_t len, cap; } Buf;

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

static bool buf_str(VM *vm, Buf *b, const char *s) { return buf_add(vm, b, s, strlen(s)); }

static ObjStr *buf_finish(VM *vm, Buf *b) {
  ObjStr *s = b->s ? str_new(vm, b->s, b->len) : str_new(vm, "", 0);
  gc_realloc(vm, b->s, b->cap, 0);
  b->s = NULL;
  return s;
}

static void buf_free(VM *vm, Buf *b) { gc_realloc(vm, b->s, b->cap, 0); b->s = NULL; }

/* Byte offset of code point [n] of UTF-8 [s] (n <= code points). */
static size_t utf8_offset(const char *s, size_t n) {
  size_t i = 0;
  for (; n > 0; n--) {
    i++;
    while ((s[i] & 0xC0) == 0x80) i++;
  }
  return i;
}

/* reprlib's cut: keep the first [i] and last [j] code points of [r] around
** '...' when it is longer than [max] code points. */
static ObjStr *cut_repr(VM *vm, ObjStr *r, size_t max) {
  if (r->length <= max) return r;
  size_t i = (max - 3) / 2, j = max - 3 - i;
  size_t head = utf8_offset(r->chars, i);
  size_t tail = utf8_offset(r->chars, r->length - j);
  return str_printf(vm, "%.*s...%s", (int)head, r->chars, r->chars + tail);
}

/* reprlib.Repr.repr1 with its default limits, down [level] more levels. */
static ObjStr *short_repr(VM *vm, Value v, int level) {
  ObjStr *r;
  if (IS_LIST(v) || IS_TUPLE(v)) {
    bool list = IS_LIST(v);
    size_t n = list ? AS_LIST(v)->count : AS_TUPLE(v)->count;
    Value *items = list ? AS_LIST(v)->items : AS_TUPLE(v)->items;
    if (n == 0) return str_from_cstr(vm, list ? "[]" : "()");
    if (level <= 0) return str_from_cstr(vm, list ? "[...]" : "(...)");
    Buf b = {NULL, 0, 0};
    bool ok = buf_str(vm, &b, list ? "[" : "(");
    for (size_t i = 0; ok && i < n && i < 6; i++) {
      ObjStr *e = short_repr(vm, items[i], level - 1);
      if (!e) { buf_free(vm, &b); return NULL; }
      ok = (i == 0 || buf_str(vm, &b, ", ")) && buf_add(vm, &b, e->chars, e->len);
    }
    if (ok && n > 6) ok = buf_str(vm, &b, ", ...");
    if (ok && !list && n == 1) ok = buf_str(vm, &b, ",");
    ok = ok && buf_str(vm, &b, list ? "]" : ")");
    if (!ok) { buf_free(vm, &b); return NULL; }
    return buf_finish(vm, &b);
  }
  if (IS_DICT(v)) {
    ObjDict *d = AS_DICT(v);
    if (d->count == 0) return str_from_cstr(vm, "{}");
    if (level <= 0) return str_from_cstr(vm, "{...}");
    Buf b = {NULL, 0, 0};
    bool ok = buf_str(vm, &b, "{");
    size_t pos = 0, i = 0;
    Value k, val;
    while (ok && i < 4 && dict_next(d, &pos, &k, &val)) {
      ObjStr *ks = short_repr(vm, k, level - 1);
      ObjStr *vs = ks ? short_repr(vm, val, level - 1) : NULL;
      if (!vs) { buf_free(vm, &b); return NULL; }
      ok = (i == 0 || buf_str(vm, &b, ", ")) && buf_add(vm, &b, ks->chars, ks->len) &&
           buf_str(vm, &b, ": ") && buf_add(vm, &b, vs->chars, vs->len);
      i++;
    }
    if (ok && d->count > 4) ok = buf_str(vm, &b, ", ...");
    ok = ok && buf_str(vm, &b, "}");
    if (!ok) { buf_free(vm, &b); return NULL; }
    return buf_finish(vm, &b);
  }
  if (!value_repr(vm, v, &r)) return NULL;
  if (IS_INT(v)) return cut_repr(vm, r, 40);
  return cut_repr(vm, r, 30);
}

ObjStr *future_short_repr(VM *vm, Value v) { return short_repr(vm, v, 6); }

/* coroutines._format_coroutine: 'main() running at x.py:5' or
** 'f() done, defined at x.py:2'. */
static bool format_coroutine(VM *vm, Buf *b, Value coro) {
  if (IS_KIND(coro, OBJ_FUTURE_ITER)) return buf_str(vm, b, "sleep()");
  if (!IS_CORO(coro)) {
    ObjStr *r;
    return value_repr(vm, coro, &r) && buf_add(vm, b, r->chars, r->len);
  }
  ObjCoro *co = AS_CORO(coro);
  ObjStr *name = coro_qualname(co) ? coro_qualname(co) : coro_name(co);
  ObjCode *code = coro_code(co);
  char pos[48];
  bool ok = buf_add(vm, b, name->chars, name->len) && buf_str(vm, b, "()");
  if (!ok || !code) return ok;
  if (co->frame != NULL && co->state != CORO_CLOSED) {
    int line = co->state == CORO_CREATED ? code->firstlineno : frame_line(co->frame);
    snprintf(pos, sizeof pos, ":%d", line);
    ok = buf_str(vm, b, " running at ");
  } else {
    snprintf(pos, sizeof pos, ":%d", code->firstlineno);
    ok = buf_str(vm, b, " done, defined at ");
  }
  return ok && buf_add(vm, b, code->filename->chars, code->filename->len) && buf_str(vm, b, pos);
}

/* A done callback as the repr's cb=[...] shows it ([wakeup_of]: the task
** whose wakeup it is, or NULL). */
static ObjStr *format_done_callback(VM *vm, Value cb, ObjTask *wakeup_of) {
  if (wakeup_of) return str_from_cstr(vm, "Task.task_wakeup()");
  return loop_format_callback(vm, cb, 0, NULL);
}

ObjStr *future_repr(VM *vm, ObjFuture *f) {
  Buf b = {NULL, 0, 0};
  vm_push_root(vm, OBJ_VAL(f));
  ObjTask *t = f->kind == FUTURE_KIND_TASK ? (ObjTask *)f : NULL;
  const char *state = f->state == FUTURE_PENDING ? "pending"
                      : f->state == FUTURE_CANCELLED ? "cancelled" : "finished";
  if (t && t->num_cancels_requested > 0 && f->state == FUTURE_PENDING) state = "cancelling";
  bool ok = buf_str(vm, &b, "<") && buf_str(vm, &b, f->obj.cls->name->chars) &&
            buf_str(vm, &b, " ") && buf_str(vm, &b, state);
  if (ok && t) {
    ObjStr *nm = task_name(vm, t), *nr;
    ok = nm && value_repr(vm, OBJ_VAL(nm), &nr) && buf_str(vm, &b, " name=") &&
         buf_add(vm, &b, nr->chars, nr->len) && buf_str(vm, &b, " coro=<") &&
         format_coroutine(vm, &b, task_coro(t)) && buf_str(vm, &b, ">");
    if (ok && t->fut_waiter) {
      ObjStr *wr = future_repr(vm, t->fut_waiter);
      ok = wr && buf_str(vm, &b, " wait_for=") && buf_add(vm, &b, wr->chars, wr->len);
    }
  }
  if (ok && f->state == FUTURE_FINISHED) {
    ObjStr *r;
    if (f->exc != NULL) {
      ok = value_repr(vm, OBJ_VAL(f->exc), &r) && buf_str(vm, &b, " exception=") &&
           buf_add(vm, &b, r->chars, r->len);
    } else {
      r = future_short_repr(vm, f->value);
      ok = r && buf_str(vm, &b, " result=") && buf_add(vm, &b, r->chars, r->len);
    }
  }
  size_t n = future_callback_count(f);
  if (ok && n > 0) {
    /* cb=[first], cb=[first, second], cb=[first, <N more>, last]; both
       taken before a repr (Python code) can change the callbacks. */
    ObjTask *w0, *w1;
    Value c0 = future_callback_at(f, 0, &w0), c1 = future_callback_at(f, n - 1, &w1);
    vm_push_root(vm, c0);
    vm_push_root(vm, c1);
    ObjStr *first = format_done_callback(vm, c0, w0);
    ok = first && buf_str(vm, &b, " cb=[") && buf_add(vm, &b, first->chars, first->len);
    if (ok && n > 2) {
      char more[40];
      snprintf(more, sizeof more, ", <%zu more>", n - 2);
      ok = buf_str(vm, &b, more);
    }
    if (ok && n > 1) {
      ObjStr *last = format_done_callback(vm, c1, w1);
      ok = last && buf_str(vm, &b, ", ") && buf_add(vm, &b, last->chars, last->len);
    }
    ok = ok && buf_str(vm, &b, "]");
    vm_pop_root(vm, 2);
  }
  ok = ok && buf_str(vm, &b, ">");
  vm_pop_root(vm, 1);
  if (!ok) { buf_free(vm, &b); return NULL; }
  return buf_finish(vm, &b);
}

/* ====================================================== Python methods */

/* Check that a method runs on a Future (a Task when [task]). */
static bool check_future(VM *vm, const char *meth, int argc, Value *args, bool task) {
  if (argc >= 1 && IS_FUTURE(args[0]) && (!task || IS_TASK(args[0]))) return true;
  return vm_raise(vm, vm->exc_TypeError, "descriptor '%s' for '_asyncio.%s' objects doesn't apply to a '%s' object",
                  meth, task ? "Task" : "Future", argc >= 1 ? value_type_name(vm, args[0]) : "NoneType");
}

#define FUT_SELF(meth) \
  if (!check_future(vm, meth, argc, args, false)) return false; \
  ObjFuture *f = AS_FUTURE(args[0])
#define TASK_SELF(meth) \
  if (!check_future(vm, meth, argc, args, true)) return false; \
  ObjTask *t = AS_TASK(args[0])

/* Bind the method's parameters (after the receiver). */
#define PARSE(meth, n, names, npos, nreq, out) \
  asyncio_parse_args(vm, meth, argc - 1, args + 1, kwargs, n, names, npos, nreq, out)

static bool m_result(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  FUT_SELF("result");
  if (!PARSE("result", 0, NULL, 0, 0, NULL)) return false;
  return future_result(vm, f, out);
}

static bool m_exception(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  FUT_SELF("exception");
  if (!PARSE("exception", 0, NULL, 0, 0, NULL)) return false;
  if (f->state == FUTURE_CANCELLED) {
    Value exc;
    if (!make_cancelled_error(vm, f, &exc)) return false;
    return vm_raise_value(vm, exc);
  }
  if (f->state == FUTURE_PENDING)
    return vm_raise(vm, vm->exc_InvalidStateError, "Exception is not set.");
  f->log_traceback = false;
  *out = f->exc == NULL ? NONE_VAL : OBJ_VAL(f->exc);
  return true;
}

static bool m_set_result(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  FUT_SELF("set_result");
  static const char *const names[] = {"result"};
  Value a[1];
  if (!PARSE("set_result", 1, names, 1, 1, a)) return false;
  if (f->kind == FUTURE_KIND_TASK)
    return vm_raise(vm, vm->exc_RuntimeError, "Task does not support set_result operation");
  *out = NONE_VAL;
  return future_set_result(vm, f, a[0]);
}

static bool m_set_exception(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  FUT_SELF("set_exception");
  static const char *const names[] = {"exception"};
  Value a[1];
  if (!PARSE("set_exception", 1, names, 1, 1, a)) return false;
  if (f->kind == FUTURE_KIND_TASK)
    return vm_raise(vm, vm->exc_RuntimeError, "Task does not support set_exception operation");
  *out = NONE_VAL;
  return future_set_exception(vm, f, a[0]);
}

static bool m_done(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  FUT_SELF("done");
  *out = BOOL_VAL(f->state != FUTURE_PENDING);
  return true;
}

static bool m_cancelled(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  FUT_SELF("cancelled");
  *out = BOOL_VAL(f->state == FUTURE_CANCELLED);
  return true;
}

static bool m_cancel(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  FUT_SELF("cancel");
  static const char *const names[] = {"msg"};
  Value a[1];
  if (!PARSE("cancel", 1, names, 1, 0, a)) return false;
  bool c;
  if (!future_cancel(vm, f, IS_UNDEF(a[0]) ? NONE_VAL : a[0], &c)) return false;
  *out = BOOL_VAL(c);
  return true;
}

static bool m_add_done_callback(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs,
                                Value *out) {
  FUT_SELF("add_done_callback");
  static const char *const names[] = {"fn", "context"};
  Value a[2];
  if (!PARSE("add_done_callback", 2, names, 1, 1, a)) return false;
  *out = NONE_VAL;
  return future_add_done_callback(vm, f, a[0]);
}

static bool m_remove_done_callback(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs,
                                   Value *out) {
  FUT_SELF("remove_done_callback");
  static const char *const names[] = {"fn"};
  Value a[1];
  if (!PARSE("remove_done_callback", 1, names, 1, 1, a)) return false;
  int n;
  if (!future_remove_done_callback(vm, f, a[0], &n)) return false;
  *out = INT_VAL(n);
  return true;
}

static bool m_get_loop(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  FUT_SELF("get_loop");
  *out = OBJ_VAL(f->loop);
  return true;
}

static bool m_await(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  FUT_SELF("__await__");
  return future_get_awaitable(vm, &f->obj, out);
}

static bool m_blocking(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  FUT_SELF("_asyncio_future_blocking");
  *out = BOOL_VAL(f->blocking);
  return true;
}

static bool m_future_repr(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  FUT_SELF("__repr__");
  ObjStr *s = future_repr(vm, f);
  if (!s) return false;
  *out = OBJ_VAL(s);
  return true;
}

/* Future(*, loop=None): called with the class as args[0]. */
static bool m_future_new(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  static const char *const names[] = {"loop"};
  Value a[1];
  if (!PARSE("Future", 1, names, 0, 0, a)) return false;
  ObjLoop *loop = IS_KIND(a[0], OBJ_LOOP) ? (ObjLoop *)AS_OBJ(a[0]) : asyncio_get_event_loop(vm);
  if (!loop) return false;
  ObjFuture *f = future_new(vm, loop);
  if (!f) return false;
  *out = OBJ_VAL(f);
  return true;
}

/* Task(coro, *, loop=None, name=None, context=None). */
static bool m_task_new(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  static const char *const names[] = {"coro", "loop", "name", "context"};
  Value a[4];
  if (!PARSE("Task", 4, names, 1, 1, a)) return false;
  ObjLoop *loop = IS_KIND(a[1], OBJ_LOOP) ? (ObjLoop *)AS_OBJ(a[1]) : asyncio_get_event_loop(vm);
  if (!loop) return false;
  ObjTask *t = task_new(vm, loop, a[0], IS_UNDEF(a[2]) ? NONE_VAL : a[2]);
  if (!t) return false;
  *out = OBJ_VAL(t);
  return true;
}

static bool m_get_name(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  TASK_SELF("get_name");
  ObjStr *nm = task_name(vm, t);
  if (!nm) return false;
  *out = OBJ_VAL(nm);
  return true;
}

static bool m_set_name(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  TASK_SELF("set_name");
  static const char *const names[] = {"value"};
  Value a[1];
  if (!PARSE("set_name", 1, names, 1, 1, a)) return false;
  *out = NONE_VAL;
  return task_set_name(vm, t, a[0]);
}

static bool m_get_coro(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  TASK_SELF("get_coro");
  *out = task_coro(t);
  return true;
}

static bool m_cancelling(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  TASK_SELF("cancelling");
  *out = INT_VAL(t->num_cancels_requested);
  return true;
}

static bool m_uncancel(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  TASK_SELF("uncancel");
  if (t->num_cancels_requested > 0) t->num_cancels_requested--;
  *out = INT_VAL(t->num_cancels_requested);
  return true;
}

/* --- the iterator / sleep object's generator-like methods --- */

#define ITER_SELF(meth) \
  if (argc < 1 || !IS_KIND(args[0], OBJ_FUTURE_ITER)) \
    return vm_raise(vm, vm->exc_TypeError, "descriptor '%s' requires a 'coroutine' object", meth); \
  ObjFutureIter *it = (ObjFutureIter *)AS_OBJ(args[0])

/* Turn a send hook's outcome into a method's: a yield is returned, a
** return becomes StopIteration(value). */
static bool iter_outcome(VM *vm, int r, Value v, Value *out) {
  if (r == VM_SUSPEND) { *out = v; return true; }
  if (r == VM_ERROR) return false;
  ObjException *e = exc_stop_iteration(vm, v);
  if (!e) return false;
  return vm_raise_value(vm, OBJ_VAL(e));
}

static bool m_iter_send(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  ITER_SELF("send");
  Value v;
  int r = future_iter_send(vm, &it->obj, argc > 1 ? args[1] : NONE_VAL, UNDEF_VAL, &v);
  return iter_outcome(vm, r, v, out);
}

static bool m_iter_next(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  ITER_SELF("__next__");
  Value v;
  int r = future_iter_send(vm, &it->obj, NONE_VAL, UNDEF_VAL, &v);
  return iter_outcome(vm, r, v, out);
}

static bool m_iter_throw(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  ITER_SELF("throw");
  if (argc < 2) return vm_raise(vm, vm->exc_TypeError, "throw expected at least 1 argument, got 0");
  Value exc = args[1];
  if (IS_CLASS(exc) && !exc_instantiate(vm, AS_CLASS(exc), argc > 2 ? 1 : 0, args + 2, &exc))
    return false;
  if (!IS_EXCEPTION(exc))
    return vm_raise(vm, vm->exc_TypeError, "exceptions must be classes or instances deriving from BaseException, not %s",
                    value_type_name(vm, exc));
  Value v;
  int r = future_iter_send(vm, &it->obj, UNDEF_VAL, exc, &v);
  return iter_outcome(vm, r, v, out);
}

static bool m_iter_close(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  ITER_SELF("close");
  sleep_drop_timer(vm, it);
  it->finished = true;
  *out = NONE_VAL;
  return true;
}

static bool m_iter_self(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  ITER_SELF("__iter__");
  *out = OBJ_VAL(it);
  return true;
}

static bool m_sleep_await(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  ITER_SELF("__await__");
  return future_iter_get_awaitable(vm, &it->obj, out);
}

static bool m_sleep_repr(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  ITER_SELF("__repr__");
  ObjStr *s = it->kind == FITER_SLEEP ? str_printf(vm, "<coroutine object sleep at %p>", (void *)it)
                                      : str_printf(vm, "<_asyncio.FutureIter object at %p>", (void *)it);
  if (!s) return false;
  *out = OBJ_VAL(s);
  return true;
}

bool future_sleep_end(VM *vm, Value sleep, Value result) {
  ObjFutureIter *it = (ObjFutureIter *)AS_OBJ(sleep);
  if (!it->fut || it->fut->state == FUTURE_CANCELLED) return true;
  return future_set_result(vm, it->fut, result);
}

/* futures._set_result_unless_cancelled(fut, result): what sleep's timer calls. */
static bool set_result_unless_cancelled(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs,
                                        Value *out) {
  *out = NONE_VAL;
  if (argc < 2 || !IS_FUTURE(args[0])) return true;
  if (AS_FUTURE(args[0])->state == FUTURE_CANCELLED) return true;
  return future_set_result(vm, AS_FUTURE(args[0]), args[1]);
}

/* ==================================================== collector hooks */

static void future_trace(VM *vm, Obj *o) {
  ObjFuture *f = (ObjFuture *)o;
  gc_mark_obj(vm, (Obj *)f->loop);
  gc_mark_value(vm, f->value);
  gc_mark_obj(vm, f->state == FUTURE_PENDING ? (Obj *)f->callbacks : f->exc);
  if (f->kind == FUTURE_KIND_TASK) {
    ObjTask *t = (ObjTask *)f;
    gc_mark_value(vm, t->cancel_message);
    gc_mark_obj(vm, t->coro);
    if (t->named) gc_mark_obj(vm, (Obj *)t->name);
    gc_mark_obj(vm, (Obj *)t->fut_waiter);
    /* live_prev/live_next are the registry's links: weak (asyncio.c). */
  } else if (f->kind == FUTURE_KIND_GATHER) {
    gc_mark_obj(vm, (Obj *)((ObjGather *)f)->children);
  }
}

static size_t future_size(Obj *o) {
  switch (((ObjFuture *)o)->kind) {
    case FUTURE_KIND_TASK: return sizeof(ObjTask);
    case FUTURE_KIND_GATHER: return sizeof(ObjGather);
    case FUTURE_KIND_PLAIN: break;
  }
  return sizeof(ObjFuture);
}

static void future_iter_trace(VM *vm, Obj *o) {
  ObjFutureIter *it = (ObjFutureIter *)o;
  gc_mark_obj(vm, (Obj *)it->fut);
  if (it->has_timer) gc_mark_obj(vm, (Obj *)it->timer);
  else gc_mark_value(vm, it->sleep_result);
}

static size_t future_iter_size(Obj *o) { UNUSED(o); return sizeof(ObjFutureIter); }

/* ========================================================== finalizers */

/* Future.__del__ (FutureObj_finalize): a failed future whose exception
** nobody retrieved (result(), exception(), await) is reported when it is
** collected, or at exit (see gc.h needs_finalizer). */
static bool future_needs_finalizer(VM *vm, Obj *o) {
  ObjFuture *f = (ObjFuture *)o;
  if (f->kind == FUTURE_KIND_TASK && f->state == FUTURE_PENDING && f->loop &&
      ((ObjTask *)f)->log_destroy_pending)
    return true;
  return f->log_traceback && !IS_UNDEF(future_exception(f)) && f->loop;
}

static void future_run_finalizer(VM *vm, Obj *o) {
  ObjFuture *f = (ObjFuture *)o;
  if (f->kind == FUTURE_KIND_TASK && f->state == FUTURE_PENDING && ((ObjTask *)f)->log_destroy_pending) {
    /* Task.__del__ (TaskObj_finalize): a pending task nobody refers to. */
    ObjTask *t = (ObjTask *)f;
    t->log_destroy_pending = false;
    asyncio_unregister_task(vm, t);        /* gone from all_tasks(), as from the WeakSet */
    /* CPython also finalises the suspended coroutine (close(): its finally
       blocks run).  Parked on a future whose callbacks still hold its
       wakeup, task and coroutine die in a cycle, and the older coroutine is
       finalised first; otherwise the task's dealloc reports first and then
       drops the coroutine. */
    bool suspended = IS_CORO(task_coro(t)) && AS_CORO(task_coro(t))->state == CORO_SUSPENDED;
    bool close_first = false;
    if (suspended && t->fut_waiter != NULL) {
      size_t n = future_callback_count(t->fut_waiter);
      for (size_t i = 0; i < n && !close_first; i++) {
        ObjTask *of;
        future_callback_at(t->fut_waiter, i, &of);
        close_first = of == t;
      }
    }
    Value ignored;
    if (close_first && !vm_call_method(vm, task_coro(t), vm->s_close, 0, NULL, &ignored)) vm_take_exception(vm);
    if (!loop_report(vm, f->loop, "Task was destroyed but it is pending!", UNDEF_VAL, "task", OBJ_VAL(f)))
      vm_take_exception(vm);
    if (suspended && !close_first && !vm_call_method(vm, task_coro(t), vm->s_close, 0, NULL, &ignored))
      vm_take_exception(vm);
    if (!(f->log_traceback && !IS_UNDEF(future_exception(f)))) return;
  }
  f->log_traceback = false;
  char msg[256];
  snprintf(msg, sizeof msg, "%s exception was never retrieved",
           o->cls && o->cls->name ? o->cls->name->chars : "Future");
  if (!loop_report(vm, f->loop, msg, OBJ_VAL(f->exc), "future", OBJ_VAL(f)))
    vm_take_exception(vm);   /* KeyboardInterrupt from a handler: nobody to give it to */
}

/* ================================================================ init */

static void task_define_stack_methods(VM *vm, ObjDict *d);

bool future_init(VM *vm) {
  AsyncioState *st = asyncio_state(vm);
  gc_kind_ops[OBJ_FUTURE] = (KindOps){future_trace, NULL, future_size, NULL,
                                      future_get_awaitable, future_needs_finalizer,
                                      future_run_finalizer};
  gc_kind_ops[OBJ_FUTURE_ITER] = (KindOps){future_iter_trace, NULL, future_iter_size,
                                           future_iter_send, future_iter_get_awaitable, NULL, NULL};

  /* _asyncio.Future */
  ObjClass *c = st->cls_future = runtime_new_class_in(vm, "Future", "_asyncio", vm->t_object, OBJ_FUTURE);
  if (!c) return false;
  ObjDict *d = c->dict;
  define_native(vm, d, "__new__", m_future_new);
  define_native(vm, d, "result", m_result);
  define_native(vm, d, "exception", m_exception);
  define_native(vm, d, "set_result", m_set_result);
  define_native(vm, d, "set_exception", m_set_exception);
  define_native(vm, d, "done", m_done);
  define_native(vm, d, "cancelled", m_cancelled);
  define_native(vm, d, "cancel", m_cancel);
  define_native(vm, d, "add_done_callback", m_add_done_callback);
  define_native(vm, d, "remove_done_callback", m_remove_done_callback);
  define_native(vm, d, "get_loop", m_get_loop);
  define_native(vm, d, "__await__", m_await);
  define_native(vm, d, "__iter__", m_await);
  define_native(vm, d, "__repr__", m_future_repr);
  define_getter(vm, d, "_asyncio_future_blocking", m_blocking);

  /* _asyncio.Task(Future) */
  c = st->cls_task = runtime_new_class_in(vm, "Task", "_asyncio", st->cls_future, OBJ_FUTURE);
  if (!c) return false;
  d = c->dict;
  define_native(vm, d, "__new__", m_task_new);
  define_native(vm, d, "get_name", m_get_name);
  define_native(vm, d, "set_name", m_set_name);
  define_native(vm, d, "get_coro", m_get_coro);
  define_native(vm, d, "cancelling", m_cancelling);
  define_native(vm, d, "uncancel", m_uncancel);
  task_define_stack_methods(vm, d);       /* get_stack, print_stack (at the end) */

  /* asyncio.tasks._GatheringFuture(Future) */
  st->cls_gather = runtime_new_class_in(vm, "_GatheringFuture", "asyncio.tasks", st->cls_future, OBJ_FUTURE);
  if (!st->cls_gather) return false;

  /* _asyncio.FutureIter and the sleep 'coroutine' */
  c = st->cls_future_iter = runtime_new_class_in(vm, "FutureIter", "_asyncio", vm->t_object, OBJ_FUTURE_ITER);
  if (!c) return false;
  d = c->dict;
  define_native(vm, d, "send", m_iter_send);
  define_native(vm, d, "throw", m_iter_throw);
  define_native(vm, d, "close", m_iter_close);
  define_native(vm, d, "__next__", m_iter_next);
  define_native(vm, d, "__iter__", m_iter_self);
  define_native(vm, d, "__repr__", m_sleep_repr);
  c = st->cls_sleep = runtime_new_class_in(vm, "coroutine", "builtins", vm->t_object, OBJ_FUTURE_ITER);
  if (!c) return false;
  d = c->dict;
  define_native(vm, d, "send", m_iter_send);
  define_native(vm, d, "throw", m_iter_throw);
  define_native(vm, d, "close", m_iter_close);
  define_native(vm, d, "__await__", m_sleep_await);
  define_native(vm, d, "__repr__", m_sleep_repr);

  ObjNative *n = native_new(vm, "_set_result_unless_cancelled", set_result_unless_cancelled, UNDEF_VAL);
  if (!n) return false;
  st->set_result_unless_cancelled = OBJ_VAL(n);
  return true;
}

/* ====================================== Task.get_stack / Task.print_stack */

/* The frames of a task, as asyncio.base_tasks._task_get_stack: for a
** coroutine that still has a frame, that frame and the ones below it
** (f_back), oldest first, at most [limit] of the newest (limit < 0: all);
** for a task done with an exception, the frames of its traceback, at most
** [limit] of the oldest; else [].  Our tracebacks record (code, offset)
** rather than frames, so those frames are made afresh: their f_code and
** f_lineno are right, they have no locals.  NULL after raising. */
static ObjList *task_stack(VM *vm, ObjTask *t, int64_t limit) {
  ObjList *frames = list_new(vm, 1);
  if (!frames) return NULL;
  vm_push_root(vm, OBJ_VAL(frames));
  bool ok = true;
  Frame *f = IS_CORO(task_coro(t)) && AS_CORO(task_coro(t))->state != CORO_CLOSED ? AS_CORO(task_coro(t))->frame : NULL;
  if (f != NULL) {
    for (; f != NULL && ok && limit != 0; f = f->caller, limit--)
      ok = list_append(vm, frames, frame_escape(f));
    /* newest first so far: reverse */
    for (size_t i = 0, j = frames->count; ok && i + 1 < j; i++, j--) {
      Value tmp = frames->items[i];
      frames->items[i] = frames->items[j - 1];
      frames->items[j - 1] = tmp;
    }
  } else if (IS_EXCEPTION(future_exception(&t->fut))) {
    for (ObjTraceback *tb = ((ObjException *)t->fut.exc)->traceback; tb && ok && limit != 0;
         tb = tb->next, limit--) {
      Frame *made = frame_new(vm, tb->code, NULL, NULL);
      if (!made) { ok = false; break; }
      made->last_offset = tb->offset;
      ok = list_append(vm, frames, frame_escape(made));
    }
  }
  vm_pop_root(vm, 1);
  return ok ? frames : NULL;
}

/* The keyword-only limit= of get_stack / print_stack: -1 for None. */
static bool stack_limit(VM *vm, Value v, int64_t *out) {
  *out = -1;
  if (IS_UNDEF(v) || IS_NONE(v)) return true;
  if (IS_BOOL(v)) { *out = AS_BOOL(v); return true; }
  if (!IS_INT(v))
    return vm_raise(vm, vm->exc_TypeError, "'<=' not supported between instances of '%s' and 'int'",
                    value_type_name(vm, v));
  *out = AS_INT(v) < 0 ? 0 : AS_INT(v);
  return true;
}

/* Task.get_stack(*, limit=None) (asyncio.Task.get_stack). */
static bool m_get_stack(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  if (!check_future(vm, "get_stack", argc, args, true)) return false;
  if (argc > 1) return vm_raise(vm, vm->exc_TypeError, "get_stack() takes no positional arguments");
  static const char *const names[] = {"limit"};
  Value lv;
  int64_t limit = -1;
  if (!asyncio_parse_args(vm, "get_stack", argc - 1, args + 1, kwargs, 1, names, 0, 0, &lv) ||
      !stack_limit(vm, lv, &limit))
    return false;
  ObjList *l = task_stack(vm, AS_TASK(args[0]), limit);
  if (!l) return false;
  *out = OBJ_VAL(l);
  return true;
}

/* Write [s] to the file object [file] (file.write(s)). */
static bool write_to(VM *vm, Value file, ObjStr *s) {
  Value arg = OBJ_VAL(s), r;
  return vm_call_method(vm, file, str_intern(vm, "write", 5), 1, &arg, &r);
}

/* Task.print_stack(*, limit=None, file=None) as asyncio.base_tasks.
** _task_print_stack: a heading ("Stack for <Task ...> (most recent call
** last):", "Traceback for ..." when it failed, "No stack for ..."), one
** traceback.print_list entry per frame, then the exception's last line. */
static bool m_print_stack(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  if (!check_future(vm, "print_stack", argc, args, true)) return false;
  if (argc > 1) return vm_raise(vm, vm->exc_TypeError, "print_stack() takes no positional arguments");
  static const char *const names[] = {"limit", "file"};
  Value a[2];
  int64_t limit = -1;
  if (!asyncio_parse_args(vm, "print_stack", argc - 1, args + 1, kwargs, 2, names, 0, 0, a) ||
      !stack_limit(vm, a[0], &limit))
    return false;
  ObjTask *t = AS_TASK(args[0]);
  Value file = a[1];
  if (IS_UNDEF(file) || IS_NONE(file)) {
    Value sys;
    if (!runtime_import(vm, str_intern(vm, "sys", 3), &sys) ||
        !value_getattr(vm, sys, str_intern(vm, "stderr", 6), &file))
      return false;
  }
  vm_push_root(vm, file);
  ObjList *frames = task_stack(vm, t, limit);
  if (!frames) { vm_pop_root(vm, 1); return false; }
  vm_push_root(vm, OBJ_VAL(frames));
  Value exc = IS_EXCEPTION(future_exception(&t->fut)) ? OBJ_VAL(t->fut.exc)
                                                                                  : UNDEF_VAL;
  ObjStr *tr = future_repr(vm, &t->fut);
  bool ok = tr != NULL;
  if (ok) {
    const char *fmt = frames->count == 0 ? "No stack for %s\n"
                      : !IS_UNDEF(exc) ? "Traceback for %s (most recent call last):\n"
                      : "Stack for %s (most recent call last):\n";
    ObjStr *head = str_printf(vm, fmt, tr->chars);
    ok = head && write_to(vm, file, head);
  }
  for (size_t i = 0; ok && i < frames->count; i++) {
    Frame *f = (Frame *)AS_OBJ(frames->items[i]);
    int line = frame_line(f);
    const char *src = diag_source_line(vm, f->code->filename->chars, line);
    while (src && (*src == ' ' || *src == '\t')) src++;
    ObjStr *entry = src && *src
      ? str_printf(vm, "  File \"%s\", line %d, in %s\n    %s\n", f->code->filename->chars, line,
                   f->code->name->chars, src)
      : str_printf(vm, "  File \"%s\", line %d, in %s\n", f->code->filename->chars, line,
                   f->code->name->chars);
    ok = entry && write_to(vm, file, entry);
  }
  if (ok && !IS_UNDEF(exc)) {
    /* traceback.format_exception_only: 'Type: message' or 'Type' */
    ObjClass *cls = AS_OBJ(exc)->cls;
    ObjStr *msg;
    ok = value_str(vm, exc, &msg);
    ObjStr *last = NULL;
    if (ok) {
      const char *mod = cls->module ? cls->module->chars : "builtins";
      bool qualify = strcmp(mod, "builtins") != 0 && strcmp(mod, "__main__") != 0;
      last = str_printf(vm, "%s%s%s%s%s\n", qualify ? mod : "", qualify ? "." : "",
                        cls->qualname ? cls->qualname->chars : cls->name->chars, msg->len ? ": " : "",
                        msg->chars);
    }
    ok = ok && last && write_to(vm, file, last);
  }
  vm_pop_root(vm, 2);
  *out = NONE_VAL;
  return ok;
}

/* Add get_stack and print_stack to the Task class dict [d]. */
static void task_define_stack_methods(VM *vm, ObjDict *d) {
  define_native(vm, d, "get_stack", m_get_stack);
  define_native(vm, d, "print_stack", m_print_stack);
}
