/*
** coro.c -- generators and coroutines (see coro.h for the contract).
**
** A coroutine object is little more than its suspended frame plus a state.
** Everything that moves it goes through coro_resume(); the Python methods
** send(), throw(), close() and __next__ are thin wrappers around it, as in
** MicroPython's objgenerator.c and CPython's genobject.c.
*/
#include "src/coro.h"

#include <string.h>

#include "src/gc.h"
#include "src/opcodes.h"
#include "runtime/runtime.h"

/* "coroutine" or "generator", for messages. */
static const char *kind_name(ObjCoro *co) {
  return co->is_coroutine ? "coroutine" : co->is_async_gen ? "async generator" : "generator";
}

ObjCoro *coro_new(VM *vm, Frame *frame, ObjFunction *func) {
  ObjCode *code = frame->code;
  bool is_coro = (code->flags & CO_COROUTINE) != 0;
  bool is_agen = (code->flags & CO_ASYNC_GENERATOR) != 0;
  ObjClass *cls = is_coro ? vm->t_coroutine : is_agen ? vm->t_async_generator : vm->t_generator;
  /* The names are the function's: the code's, unless it was renamed. */
  ObjStr *name = func ? func->name : code->name;
  ObjStr *qualname = func ? func->qualname : code->qualname;
  Obj *info = (Obj *)code;
  if (name != code->name || qualname != code->qualname) {
    ObjTuple *t = tuple_new(vm, 3);
    if (t == NULL) return NULL;
    t->items[0] = OBJ_VAL(code);
    t->items[1] = name ? OBJ_VAL(name) : NONE_VAL;
    t->items[2] = qualname ? OBJ_VAL(qualname) : NONE_VAL;
    info = (Obj *)t;
  }
  ObjCoro *co = vm->coro_free;
  if (co != NULL) {
    /* A finished await_only coroutine (coro_recycle): it is still on the
       all-objects list and counted in bytes_allocated, so only what
       gc_alloc would set is set again. */
    vm->coro_free = co->next_free;
    co->obj.cls = cls;
    co->obj.hash_id = 0;
  } else {
    co = (ObjCoro *)gc_alloc(vm, sizeof(ObjCoro), OBJ_CORO, cls);
    if (co == NULL) return NULL;
  }
  co->await_only = false;
  co->is_async_gen = is_agen;
  co->ag_hooks_inited = false;
  co->frame = frame;
  co->info = info;
  co->state = CORO_CREATED;
  co->is_coroutine = is_coro;
  frame->coro = co;
  return co;
}

Value coro_awaiting(ObjCoro *co) {
  if (co->state != CORO_SUSPENDED || co->frame == NULL) return NONE_VAL;
  Frame *f = co->frame;
  const uint8_t *p = f->code->code + f->last_offset;
  /* Suspended at the YIELD_VALUE of a SEND loop?  The receiver is on top. */
  if (p[0] == OP_YIELD_VALUE && p[1] == 1 && f->sp > frame_stack(f)) return f->sp[-1];
  return NONE_VAL;
}

Value coro_awaiting_escape(ObjCoro *co) {
  Value v = coro_awaiting(co);
  if (IS_CORO(v)) AS_CORO(v)->await_only = false;
  return v;
}

/* Close an object a coroutine delegates to (CPython's gen_close_iter). */
static bool close_delegate(VM *vm, Value yf) {
  if (IS_CORO(yf)) return coro_close(vm, AS_CORO(yf));
  Value m, r;
  int found = value_lookup_attr(vm, yf, vm->s_close, &m);
  if (found <= 0) return found == 0;
  return vm_call(vm, m, 0, NULL, NULL, &r);
}

/* Run the coroutine's frame until it yields, returns or raises. */
static VMResult run_frame(VM *vm, ObjCoro *co, bool throwing, Value *out) {
  co->state = CORO_RUNNING;
  vm_emit(vm, throwing ? EV_THROW : EV_RESUME, OBJ_VAL(co), throwing ? vm->exception : NONE_VAL);
  return vm_resume_frame(vm, co->frame, throwing, out);
}

VMResult coro_resume(VM *vm, ObjCoro *co, Value send, Value throw, Value *out) {
  if (co->state == CORO_RUNNING) {
    vm_raise(vm, vm->exc_ValueError, "%s already executing", kind_name(co));
    return VM_ERROR;
  }
  if (co->state == CORO_CLOSED) {
    if (co->is_coroutine) {
      vm_raise(vm, vm->exc_RuntimeError, "cannot reuse already awaited coroutine");
      return VM_ERROR;
    }
    if (!IS_UNDEF(throw)) { vm->exception = throw; return VM_ERROR; }
    *out = NONE_VAL;
    return VM_RETURN;
  }
  Frame *f = co->frame;
  if (!IS_UNDEF(throw)) {
    Value yf = coro_awaiting(co);
    if (!IS_NONE(yf)) {
      /* Delegate the throw to the awaited object first. */
      bool is_exit = IS_OBJ(throw) && class_is_subclass(AS_OBJ(throw)->cls, vm->exc_GeneratorExit);
      vm_push_root(vm, OBJ_VAL(co));
      vm_push_root(vm, throw);
      co->state = CORO_RUNNING;
      if (is_exit) {
        bool ok = close_delegate(vm, yf);
        co->state = CORO_SUSPENDED;
        vm_pop_root(vm, 2);
        if (!ok) throw = vm_take_exception(vm);
      } else {
        Value v;
        VMResult r = vm_send(vm, yf, UNDEF_VAL, throw, &v);
        co->state = CORO_SUSPENDED;
        vm_pop_root(vm, 2);
        if (r == VM_SUSPEND) { *out = v; return VM_SUSPEND; }
        if (r == VM_RETURN) {
          /* The delegate finished: leave the SEND loop with its value. */
          const uint8_t *send = f->code->code + f->last_offset - SEND_SIZE;
          f->ip = f->code->code + read_u32(send + 1);
          f->sp[-1] = v;
          return run_frame(vm, co, false, out);
        }
        throw = vm_take_exception(vm);
      }
    }
    vm->exception = throw;
    return run_frame(vm, co, true, out);
  }
  if (co->state == CORO_CREATED) {
    if (!IS_UNDEF(send) && !IS_NONE(send)) {
      vm_raise(vm, vm->exc_TypeError, "can't send non-None value to a just-started %s", kind_name(co));
      return VM_ERROR;
    }
  } else {
    *f->sp++ = IS_UNDEF(send) ? NONE_VAL : send;
  }
  return run_frame(vm, co, false, out);
}

bool coro_close(VM *vm, ObjCoro *co) {
  if (co->state == CORO_CLOSED) return true;
  if (co->state == CORO_CREATED) {
    co->state = CORO_CLOSED;
    co->frame = NULL;
    return true;
  }
  if (co->state == CORO_RUNNING)
    return vm_raise(vm, vm->exc_ValueError, "%s already executing", kind_name(co));
  ObjException *exit = exc_new(vm, vm->exc_GeneratorExit, NULL);
  if (exit == NULL) return false;
  Value v;
  VMResult r = coro_resume(vm, co, UNDEF_VAL, OBJ_VAL(exit), &v);
  if (r == VM_SUSPEND)
    return vm_raise(vm, vm->exc_RuntimeError, "%s ignored GeneratorExit", kind_name(co));
  if (r == VM_RETURN) return true;
  if (vm_exception_matches(vm, vm->exc_GeneratorExit) || vm_exception_matches(vm, vm->exc_StopIteration)) {
    vm->exception = UNDEF_VAL;
    return true;
  }
  return false;
}

/* Turn a pending StopIteration into VM_RETURN with its value. */
static VMResult stop_to_return(VM *vm, Value *out) {
  if (vm_exception_matches(vm, vm->exc_StopIteration)) {
    Value e = vm_take_exception(vm);
    *out = exc_stop_iteration_value(vm, AS_EXCEPTION(e));
    return VM_RETURN;
  }
  return VM_ERROR;
}

VMResult vm_send(VM *vm, Value iter, Value send, Value throw, Value *out) {
  if (IS_CORO(iter)) return coro_resume(vm, AS_CORO(iter), send, throw, out);
  if (IS_OBJ(iter) && gc_kind_ops[AS_OBJ(iter)->kind].send)
    return (VMResult)gc_kind_ops[AS_OBJ(iter)->kind].send(vm, AS_OBJ(iter), send, throw, out);
  if (!IS_UNDEF(throw)) {
    Value m;
    int found = value_lookup_attr(vm, iter, vm->s_throw, &m);
    if (found < 0) return VM_ERROR;
    if (found == 0) { vm->exception = throw; return VM_ERROR; }
    if (!vm_call(vm, m, 1, &throw, NULL, out)) return stop_to_return(vm, out);
    return VM_SUSPEND;
  }
  if (IS_UNDEF(send) || IS_NONE(send)) {
    if (IS_KIND(iter, OBJ_NATIVE_ITER)) {
      ObjNativeIter *it = (ObjNativeIter *)AS_OBJ(iter);
      int r = it->next(vm, it, out);
      if (r < 0) return VM_ERROR;
      if (r == 0) { *out = NONE_VAL; return VM_RETURN; }
      return VM_SUSPEND;
    }
    if (!vm_call_method(vm, iter, vm->s_next, 0, NULL, out)) return stop_to_return(vm, out);
    return VM_SUSPEND;
  }
  if (!vm_call_method(vm, iter, vm->s_send, 1, &send, out)) return stop_to_return(vm, out);
  return VM_SUSPEND;
}

/* {====================================================== Python methods */

/* The receiver of a coroutine method, or a TypeError. */
static ObjCoro *receiver(VM *vm, int argc, Value *args, const char *method) {
  if (argc < 1 || !IS_CORO(args[0])) {
    vm_raise(vm, vm->exc_TypeError, "descriptor '%s' requires a coroutine or generator", method);
    return NULL;
  }
  return AS_CORO(args[0]);
}

/* Finish a send/throw/__next__: a yield is the result; a return becomes
** StopIteration(value), as CPython's gen_send_ex. */
static bool finish(VM *vm, VMResult r, Value v, Value *out) {
  if (r == VM_SUSPEND) { *out = v; return true; }
  if (r == VM_ERROR) return false;
  /* return None raises a bare StopIteration (args == ()) */
  ObjException *stop = IS_NONE(v) ? exc_new(vm, vm->exc_StopIteration, NULL) : exc_stop_iteration(vm, v);
  if (stop != NULL) vm->exception = OBJ_VAL(stop);
  return false;
}

/* coro.send(value) */
bool coro_m_send(VM *vm, Value self, int argc, Value *args, ObjDict *kw, Value *out) {
  ObjCoro *co = receiver(vm, argc, args, "send");
  if (co == NULL) return false;
  if (argc != 2) return vm_raise(vm, vm->exc_TypeError, "%s.send() takes exactly one argument (%d given)",
                                 kind_name(co), argc - 1);
  Value v;
  return finish(vm, coro_resume(vm, co, args[1], UNDEF_VAL, &v), v, out);
}

/* coro.throw(exc) / throw(type[, value[, tb]]) */
static bool m_throw(VM *vm, Value self, int argc, Value *args, ObjDict *kw, Value *out) {
  ObjCoro *co = receiver(vm, argc, args, "throw");
  if (co == NULL) return false;
  if (argc < 2 || argc > 4)
    return vm_raise(vm, vm->exc_TypeError, "throw expected at least 1 argument, got %d", argc - 1);
  Value exc = args[1];
  if (IS_CLASS(exc) && class_is_subclass(AS_CLASS(exc), vm->exc_BaseException)) {
    Value inst;
    int n = (argc >= 3 && !IS_NONE(args[2])) ? 1 : 0;
    if (n && IS_EXCEPTION(args[2])) inst = args[2];
    else if (!exc_instantiate(vm, AS_CLASS(exc), n, n ? &args[2] : NULL, &inst)) return false;
    exc = inst;
  } else if (!IS_EXCEPTION(exc)) {
    return vm_raise(vm, vm->exc_TypeError, "exceptions must be classes or instances deriving from BaseException, not %s",
                    value_type_name(vm, exc));
  } else if (argc >= 3 && !IS_NONE(args[2])) {
    return vm_raise(vm, vm->exc_TypeError, "instance exception may not have a separate value");
  }
  Value v;
  return finish(vm, coro_resume(vm, co, UNDEF_VAL, exc, &v), v, out);
}

/* coro.close() */
static bool m_close(VM *vm, Value self, int argc, Value *args, ObjDict *kw, Value *out) {
  ObjCoro *co = receiver(vm, argc, args, "close");
  if (co == NULL) return false;
  if (!coro_close(vm, co)) return false;
  *out = NONE_VAL;
  return true;
}

/* generator.__next__() */
static bool m_next(VM *vm, Value self, int argc, Value *args, ObjDict *kw, Value *out) {
  ObjCoro *co = receiver(vm, argc, args, "__next__");
  if (co == NULL) return false;
  Value v;
  VMResult r = coro_resume(vm, co, UNDEF_VAL, UNDEF_VAL, &v);
  if (r == VM_RETURN && IS_NONE(v)) {
    vm->exception = UNDEF_VAL;
    ObjException *stop = exc_new(vm, vm->exc_StopIteration, NULL);
    if (stop) vm->exception = OBJ_VAL(stop);
    return false;
  }
  return finish(vm, r, v, out);
}

/* generator.__iter__() */
static bool m_iter(VM *vm, Value self, int argc, Value *args, ObjDict *kw, Value *out) {
  if (receiver(vm, argc, args, "__iter__") == NULL) return false;
  *out = args[0];
  return true;
}

static bool g_frame(VM *vm, Value self, int argc, Value *args, ObjDict *kw, Value *out) {
  ObjCoro *co = AS_CORO(args[0]);
  *out = co->frame && co->state != CORO_CLOSED ? frame_escape(co->frame) : NONE_VAL;
  return true;
}
static bool g_running(VM *vm, Value self, int argc, Value *args, ObjDict *kw, Value *out) {
  *out = BOOL_VAL(AS_CORO(args[0])->state == CORO_RUNNING);
  return true;
}
static bool g_await(VM *vm, Value self, int argc, Value *args, ObjDict *kw, Value *out) {
  *out = coro_awaiting_escape(AS_CORO(args[0]));
  return true;
}
static bool g_code(VM *vm, Value self, int argc, Value *args, ObjDict *kw, Value *out) {
  *out = OBJ_VAL(coro_code(AS_CORO(args[0])));
  return true;
}
static bool g_suspended(VM *vm, Value self, int argc, Value *args, ObjDict *kw, Value *out) {
  *out = BOOL_VAL(AS_CORO(args[0])->state == CORO_SUSPENDED);
  return true;
}
static bool g_name(VM *vm, Value self, int argc, Value *args, ObjDict *kw, Value *out) {
  *out = OBJ_VAL(coro_name(AS_CORO(args[0])));
  return true;
}
static bool g_qualname(VM *vm, Value self, int argc, Value *args, ObjDict *kw, Value *out) {
  *out = OBJ_VAL(coro_qualname(AS_CORO(args[0])));
  return true;
}

/* {====================================================== coroutine_wrapper */

/* What coroutine.__await__() returns, as CPython's coroutine_wrapper: an
** iterator whose send/throw/close/__next__ drive the coroutine, so a
** generator-based __await__ can `yield from` it. */
typedef struct {
  Obj obj;
  ObjCoro *coro;
} ObjCoroWrapper;

static void wrapper_trace(VM *vm, Obj *o) { gc_mark_obj(vm, (Obj *)((ObjCoroWrapper *)o)->coro); }
static size_t wrapper_size(Obj *o) { (void)o; return sizeof(ObjCoroWrapper); }
static int wrapper_send(VM *vm, Obj *o, Value send, Value throw, Value *out) {
  return (int)coro_resume(vm, ((ObjCoroWrapper *)o)->coro, send, throw, out);
}

/* coroutine.__await__() */
static bool m_await(VM *vm, Value self, int argc, Value *args, ObjDict *kw, Value *out) {
  ObjCoro *co = receiver(vm, argc, args, "__await__");
  if (co == NULL) return false;
  ObjCoroWrapper *w = (ObjCoroWrapper *)gc_alloc(vm, sizeof(ObjCoroWrapper), OBJ_CORO_WRAPPER,
                                                 vm->t_coroutine_wrapper);
  if (w == NULL) return false;
  w->coro = co;
  *out = OBJ_VAL(w);
  return true;
}

/* The wrapper's methods take it as args[0]: unwrap and reuse the coroutine's. */
static bool unwrap(VM *vm, int argc, Value *args) {
  if (argc < 1 || !IS_KIND(args[0], OBJ_CORO_WRAPPER))
    return vm_raise(vm, vm->exc_TypeError, "descriptor requires a 'coroutine_wrapper' object");
  args[0] = OBJ_VAL(((ObjCoroWrapper *)AS_OBJ(args[0]))->coro);
  return true;
}
static bool w_send(VM *vm, Value self, int argc, Value *args, ObjDict *kw, Value *out) {
  return unwrap(vm, argc, args) && coro_m_send(vm, self, argc, args, kw, out);
}
static bool w_throw(VM *vm, Value self, int argc, Value *args, ObjDict *kw, Value *out) {
  return unwrap(vm, argc, args) && m_throw(vm, self, argc, args, kw, out);
}
static bool w_close(VM *vm, Value self, int argc, Value *args, ObjDict *kw, Value *out) {
  return unwrap(vm, argc, args) && m_close(vm, self, argc, args, kw, out);
}
static bool w_next(VM *vm, Value self, int argc, Value *args, ObjDict *kw, Value *out) {
  if (!unwrap(vm, argc, args)) return false;
  Value v;
  VMResult r = coro_resume(vm, AS_CORO(args[0]), UNDEF_VAL, UNDEF_VAL, &v);
  return finish(vm, r, v, out);
}
static bool w_iter(VM *vm, Value self, int argc, Value *args, ObjDict *kw, Value *out) {
  *out = args[0];
  return true;
}

/* }====================================================== */

/* {====================================================== async generators */

/*
** An async generator's frame suspends for two reasons: at `yield v`
** (YIELD_VALUE 0), which hands v to the `async for` / `await agen.__anext__()`
** that asked for it, and inside an `await` (YIELD_VALUE 1), whose yielded
** value must travel on to the event loop.  The awaitable returned by
** __anext__/asend/athrow/aclose tells the two apart, as CPython's
** async_gen_asend and async_gen_athrow objects do.
*/
typedef enum { AG_ASEND, AG_ATHROW, AG_ACLOSE } AsyncGenOpKind;
typedef struct {
  Obj obj;
  ObjCoro *gen;
  AsyncGenOpKind kind;
  Value first;             /* asend: the value for the first send; athrow: the exception */
  bool started;            /* has it been sent into yet? */
  bool done;               /* finished: further sends raise */
} ObjAsyncGenOp;

static void agen_op_trace(VM *vm, Obj *o) {
  ObjAsyncGenOp *op = (ObjAsyncGenOp *)o;
  gc_mark_obj(vm, (Obj *)op->gen);
  gc_mark_value(vm, op->first);
}
static size_t agen_op_size(Obj *o) { (void)o; return sizeof(ObjAsyncGenOp); }

/* Did the async generator just suspend at a `yield` of its own? */
static bool agen_yielded(ObjCoro *gen) {
  if (gen->frame == NULL || gen->state != CORO_SUSPENDED) return false;
  const uint8_t *p = gen->frame->code->code + gen->frame->last_offset;
  return p[0] == OP_YIELD_VALUE && p[1] == 0;
}

/* One step of an asend/athrow/aclose awaitable: the KindOps.send hook. */
static int agen_op_send(VM *vm, Obj *o, Value send, Value throw, Value *out) {
  ObjAsyncGenOp *op = (ObjAsyncGenOp *)o;
  ObjCoro *gen = op->gen;
  if (op->done) {
    vm_raise(vm, vm->exc_RuntimeError, "cannot reuse already awaited %s",
             op->kind == AG_ASEND ? "__anext__()/asend()" : op->kind == AG_ATHROW ? "athrow()" : "aclose()");
    return VM_ERROR;
  }
  if (!op->started) {
    op->started = true;
    if (gen->state == CORO_RUNNING) {
      op->done = true;
      vm_raise(vm, vm->exc_RuntimeError, "%s: asynchronous generator is already running",
               op->kind == AG_ASEND ? "anext()" : op->kind == AG_ATHROW ? "athrow()" : "aclose()");
      return VM_ERROR;
    }
    if (op->kind == AG_ASEND) {
      if (IS_UNDEF(throw)) send = op->first;
    } else if (IS_UNDEF(throw)) {
      if (gen->state == CORO_CLOSED || (op->kind == AG_ACLOSE && gen->state == CORO_CREATED)) {
        gen->state = CORO_CLOSED;
        gen->frame = NULL;
        op->done = true;
        if (op->kind == AG_ACLOSE) { *out = NONE_VAL; return VM_RETURN; }
        vm->exception = op->first;
        return VM_ERROR;
      }
      throw = op->first;
      send = UNDEF_VAL;
    }
  }
  if (gen->state == CORO_CLOSED && IS_UNDEF(throw)) {
    op->done = true;
    ObjException *stop = exc_new(vm, vm->exc_StopAsyncIteration, NULL);
    if (stop) vm->exception = OBJ_VAL(stop);
    return VM_ERROR;
  }
  vm_push_root(vm, OBJ_VAL(op));
  Value v;
  VMResult r = coro_resume(vm, gen, send, throw, &v);
  vm_pop_root(vm, 1);
  if (r == VM_SUSPEND) {
    if (!agen_yielded(gen)) { *out = v; return VM_SUSPEND; }   /* an await inside: pass it on */
    op->done = true;
    if (op->kind == AG_ACLOSE) {
      vm_raise(vm, vm->exc_RuntimeError, "async generator ignored GeneratorExit");
      return VM_ERROR;
    }
    *out = v;                                 /* the value the generator yielded */
    return VM_RETURN;
  }
  op->done = true;
  if (r == VM_RETURN) {
    if (op->kind == AG_ACLOSE) { *out = NONE_VAL; return VM_RETURN; }
    ObjException *stop = exc_new(vm, vm->exc_StopAsyncIteration, NULL);
    if (stop) vm->exception = OBJ_VAL(stop);
    return VM_ERROR;
  }
  if (op->kind == AG_ACLOSE && (vm_exception_matches(vm, vm->exc_GeneratorExit) ||
                                vm_exception_matches(vm, vm->exc_StopAsyncIteration))) {
    vm->exception = UNDEF_VAL;
    *out = NONE_VAL;
    return VM_RETURN;
  }
  return VM_ERROR;
}

static bool agen_op_awaitable(VM *vm, Obj *o, Value *out) { *out = OBJ_VAL(o); return true; }

/* A new asend/athrow/aclose awaitable for the async generator args[0]. */
static bool agen_op_new(VM *vm, Value genv, AsyncGenOpKind kind, Value first, Value *out) {
  if (!IS_CORO(genv) || !AS_CORO(genv)->is_async_gen)
    return vm_raise(vm, vm->exc_TypeError, "descriptor requires an 'async_generator' object");
  ObjCoro *gen = AS_CORO(genv);
  if (!gen->ag_hooks_inited) {     /* async_gen_init_hooks: the loop's firstiter hook */
    gen->ag_hooks_inited = true;
    if (vm->asyncgen_firstiter && !vm->asyncgen_firstiter(vm, gen)) return false;
  }
  ObjAsyncGenOp *op = (ObjAsyncGenOp *)gc_alloc(vm, sizeof(ObjAsyncGenOp), OBJ_ASYNC_GEN_OP,
                                                kind == AG_ASEND ? vm->t_async_generator_asend
                                                                 : vm->t_async_generator_athrow);
  if (op == NULL) return false;
  op->gen = AS_CORO(genv);
  op->kind = kind;
  op->first = first;
  op->started = false;
  op->done = false;
  *out = OBJ_VAL(op);
  return true;
}

/* agen.__anext__() */
static bool ag_anext(VM *vm, Value self, int argc, Value *args, ObjDict *kw, Value *out) {
  return agen_op_new(vm, argc ? args[0] : NONE_VAL, AG_ASEND, NONE_VAL, out);
}
/* agen.asend(value) */
static bool ag_asend(VM *vm, Value self, int argc, Value *args, ObjDict *kw, Value *out) {
  if (argc != 2) return vm_raise(vm, vm->exc_TypeError, "asend() takes exactly one argument (%d given)", argc - 1);
  return agen_op_new(vm, args[0], AG_ASEND, args[1], out);
}
/* agen.athrow(exc) */
static bool ag_athrow(VM *vm, Value self, int argc, Value *args, ObjDict *kw, Value *out) {
  if (argc < 2) return vm_raise(vm, vm->exc_TypeError, "athrow expected at least 1 argument, got 0");
  Value exc = args[1];
  if (IS_CLASS(exc) && class_is_subclass(AS_CLASS(exc), vm->exc_BaseException)) {
    Value inst;
    int n = (argc >= 3 && !IS_NONE(args[2])) ? 1 : 0;
    if (!exc_instantiate(vm, AS_CLASS(exc), n, n ? &args[2] : NULL, &inst)) return false;
    exc = inst;
  } else if (!IS_EXCEPTION(exc)) {
    return vm_raise(vm, vm->exc_TypeError, "exceptions must be classes or instances deriving from BaseException, not %s",
                    value_type_name(vm, exc));
  }
  return agen_op_new(vm, args[0], AG_ATHROW, exc, out);
}
/* agen.aclose() */
static bool ag_aclose(VM *vm, Value self, int argc, Value *args, ObjDict *kw, Value *out) {
  ObjException *exit = exc_new(vm, vm->exc_GeneratorExit, NULL);
  if (exit == NULL) return false;
  return agen_op_new(vm, argc ? args[0] : NONE_VAL, AG_ACLOSE, OBJ_VAL(exit), out);
}
/* agen.__aiter__() */
static bool ag_aiter(VM *vm, Value self, int argc, Value *args, ObjDict *kw, Value *out) {
  *out = args[0];
  return true;
}

/* The awaitables are iterators too: send/throw/__next__ drive one step. */
static bool op_step(VM *vm, int argc, Value *args, Value send, Value throw, Value *out) {
  if (argc < 1 || !IS_KIND(args[0], OBJ_ASYNC_GEN_OP))
    return vm_raise(vm, vm->exc_TypeError, "descriptor requires an async generator awaitable");
  Value v;
  VMResult r = (VMResult)agen_op_send(vm, AS_OBJ(args[0]), send, throw, &v);
  return finish(vm, r, v, out);
}
static bool op_send(VM *vm, Value self, int argc, Value *args, ObjDict *kw, Value *out) {
  return op_step(vm, argc, args, argc > 1 ? args[1] : NONE_VAL, UNDEF_VAL, out);
}
static bool op_next(VM *vm, Value self, int argc, Value *args, ObjDict *kw, Value *out) {
  return op_step(vm, argc, args, NONE_VAL, UNDEF_VAL, out);
}
static bool op_throw(VM *vm, Value self, int argc, Value *args, ObjDict *kw, Value *out) {
  Value exc = argc > 1 ? args[1] : NONE_VAL;
  if (IS_CLASS(exc)) {
    Value inst;
    if (!exc_instantiate(vm, AS_CLASS(exc), 0, NULL, &inst)) return false;
    exc = inst;
  }
  return op_step(vm, argc, args, UNDEF_VAL, exc, out);
}
static bool op_close(VM *vm, Value self, int argc, Value *args, ObjDict *kw, Value *out) {
  if (argc >= 1 && IS_KIND(args[0], OBJ_ASYNC_GEN_OP)) ((ObjAsyncGenOp *)AS_OBJ(args[0]))->done = true;
  *out = NONE_VAL;
  return true;
}
static bool op_iter(VM *vm, Value self, int argc, Value *args, ObjDict *kw, Value *out) {
  *out = args[0];
  return true;
}

static void agen_init_types(VM *vm) {
  gc_kind_ops[OBJ_ASYNC_GEN_OP] = (KindOps){.trace = agen_op_trace, .size = agen_op_size,
                                            .send = agen_op_send, .get_awaitable = agen_op_awaitable};
  ObjDict *a = vm->t_async_generator->dict;
  define_native(vm, a, "__aiter__", ag_aiter);
  define_native(vm, a, "__anext__", ag_anext);
  define_native(vm, a, "asend", ag_asend);
  define_native(vm, a, "athrow", ag_athrow);
  define_native(vm, a, "aclose", ag_aclose);
  define_getter(vm, a, "ag_frame", g_frame);
  define_getter(vm, a, "ag_running", g_running);
  define_getter(vm, a, "ag_await", g_await);
  define_getter(vm, a, "ag_code", g_code);
  define_getter(vm, a, "__name__", g_name);
  define_getter(vm, a, "__qualname__", g_qualname);
  ObjClass *ops[] = {vm->t_async_generator_asend, vm->t_async_generator_athrow};
  for (int i = 0; i < 2; i++) {
    ObjDict *d = ops[i]->dict;
    define_native(vm, d, "send", op_send);
    define_native(vm, d, "throw", op_throw);
    define_native(vm, d, "close", op_close);
    define_native(vm, d, "__next__", op_next);
    define_native(vm, d, "__iter__", op_iter);
    define_native(vm, d, "__await__", op_iter);
  }
}

/* }====================================================== */

void coro_init_types(VM *vm) {
  agen_init_types(vm);
  gc_kind_ops[OBJ_CORO_WRAPPER] = (KindOps){.trace = wrapper_trace, .size = wrapper_size,
                                            .send = wrapper_send};
  ObjDict *w = vm->t_coroutine_wrapper->dict;
  define_native(vm, w, "send", w_send);
  define_native(vm, w, "throw", w_throw);
  define_native(vm, w, "close", w_close);
  define_native(vm, w, "__next__", w_next);
  define_native(vm, w, "__iter__", w_iter);
  define_native(vm, vm->t_coroutine->dict, "__await__", m_await);
  ObjDict *c = vm->t_coroutine->dict, *g = vm->t_generator->dict;
  define_native(vm, c, "send", coro_m_send);
  define_native(vm, c, "throw", m_throw);
  define_native(vm, c, "close", m_close);
  define_getter(vm, c, "cr_frame", g_frame);
  define_getter(vm, c, "cr_running", g_running);
  define_getter(vm, c, "cr_await", g_await);
  define_getter(vm, c, "cr_code", g_code);
  define_getter(vm, c, "cr_suspended", g_suspended);
  define_getter(vm, c, "__name__", g_name);
  define_getter(vm, c, "__qualname__", g_qualname);
  define_native(vm, g, "send", coro_m_send);
  define_native(vm, g, "throw", m_throw);
  define_native(vm, g, "close", m_close);
  define_native(vm, g, "__next__", m_next);
  define_native(vm, g, "__iter__", m_iter);
  define_getter(vm, g, "gi_frame", g_frame);
  define_getter(vm, g, "gi_running", g_running);
  define_getter(vm, g, "gi_yieldfrom", g_await);
  define_getter(vm, g, "gi_code", g_code);
  define_getter(vm, g, "gi_suspended", g_suspended);
  define_getter(vm, g, "__name__", g_name);
  define_getter(vm, g, "__qualname__", g_qualname);
}

/* }====================================================== */
