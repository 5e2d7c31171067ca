/*
** vm.c -- the virtual machine: the dispatch loop over heap frames, calls,
** raising and unwinding, and the VM's creation.
**
** One C function, run(), executes bytecode.  A Python call pushes a Frame
** and run() goes on with it; RETURN_VALUE pops it.  A coroutine awaited with
** SEND is resumed inline the same way.  run() returns to its C caller only
** when the frame it was entered with (FRAME_ENTRY_C) returns, yields or lets
** an exception escape -- the three VMResults.
**
** Rule (Lua's savepc): before anything that can raise, call out to code that
** may run Python, or collect, the loop stores ip, sp and the instruction's
** offset into the frame (SAVE()).
*/
#include "src/vm.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>
#include <unistd.h>

#include "src/compiler.h"
#include "src/coro.h"
#include "src/diag.h"
#include "src/gc.h"
#include "src/opcodes.h"
#include "src/parse.h"
#include "runtime/runtime.h"

/* Is there a Ctrl-C (or --timeout) to act on?  Tested at backward jumps
** and calls.  A fuzz build also spends its instruction budget here, so a
** runaway program under the fuzzer ends (vm_handle_sigint raises). */
#if CFG_FUZZ
uint64_t vm_budget_left = UINT64_MAX;
#  define INTERRUPT_PENDING() (vm_sigint_pending || --vm_budget_left == 0)
#else
#  define INTERRUPT_PENDING() vm_sigint_pending
#endif

/* {====================================================== raising */

bool vm_raise(VM *vm, ObjClass *cls, const char *fmt, ...) {
  char small[512];
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(small, sizeof small, fmt, ap);
  va_end(ap);
  ObjStr *msg;
  if (n >= 0 && (size_t)n < sizeof small) {
    msg = str_new(vm, small, (size_t)n);
  } else {
    char *big = malloc((size_t)n + 1);
    if (big == NULL) { msg = str_new(vm, small, sizeof small - 1); }
    else {
      va_start(ap, fmt);
      vsnprintf(big, (size_t)n + 1, fmt, ap);
      va_end(ap);
      msg = str_new(vm, big, (size_t)n);
      free(big);
    }
  }
  ObjException *e = msg ? exc_new(vm, cls, msg) : NULL;
  if (e == NULL) return false;   /* MemoryError already pending */
  vm->exception = OBJ_VAL(e);
  return false;
}

bool vm_raise_memory(VM *vm) {
  ObjException *e = vm->memory_error;
  if (e == NULL) {                 /* during start-up */
    fputs("orrery: out of memory\n", stderr);
    exit(1);
  }
  e->traceback = NULL;             /* it is reused: start afresh */
  e->context = NONE_VAL;
  e->cause = NONE_VAL;
  e->suppress_context = false;
  vm->exception = OBJ_VAL(e);
  return false;
}

bool vm_raise_value(VM *vm, Value exc) {
  if (IS_CLASS(exc) && class_is_subclass(AS_CLASS(exc), vm->exc_BaseException)) {
    Value inst;
    if (!exc_instantiate(vm, AS_CLASS(exc), 0, NULL, &inst)) return false;
    exc = inst;
  }
  if (!IS_EXCEPTION(exc))
    return vm_raise(vm, vm->exc_TypeError, "exceptions must derive from BaseException");
  vm->exception = exc;
  return false;
}

bool vm_exception_matches(VM *vm, ObjClass *cls) {
  return IS_OBJ(vm->exception) && class_is_subclass(AS_OBJ(vm->exception)->cls, cls);
}

Value vm_take_exception(VM *vm) {
  Value e = vm->exception;
  vm->exception = UNDEF_VAL;
  return e;
}

Value vm_handled_exception(VM *vm) {
  for (Frame *f = vm->frame; f != NULL; f = f->caller)
    if (f->exc_info != NULL) return OBJ_VAL(f->exc_info);
  return NONE_VAL;
}

/* Set the __context__ of a newly raised [exc] to the exception being
** handled, as CPython's _PyErr_SetObject, breaking any cycle. */
static void chain_context(VM *vm, Value exc) {
  Value handled = vm_handled_exception(vm);
  if (!IS_EXCEPTION(exc) || !IS_EXCEPTION(handled)) return;
  if (AS_OBJ(handled) == AS_OBJ(exc)) return;
  ObjException *e = AS_EXCEPTION(exc);
  if (!IS_NONE(e->context) && !IS_UNDEF(e->context)) return;
  /* Would exc become its own ancestor?  Cut the chain where it meets exc. */
  ObjException *o = AS_EXCEPTION(handled);
  while (IS_EXCEPTION(o->context)) {
    if (AS_OBJ(o->context) == AS_OBJ(exc)) { o->context = NONE_VAL; break; }
    o = AS_EXCEPTION(o->context);
  }
  e->context = handled;
}

/* Prepend the position of [frame] to the traceback of [exc]. */
static void add_traceback(VM *vm, Value exc, Frame *frame) {
  if (!IS_EXCEPTION(exc)) return;
  ObjException *e = AS_EXCEPTION(exc);
  ObjTraceback *tb = (ObjTraceback *)gc_alloc(vm, sizeof(ObjTraceback), OBJ_TRACEBACK, vm->t_traceback);
  if (tb == NULL) { vm->exception = exc; return; }
  tb->next = e->traceback;
  tb->code = frame->code;
  tb->offset = frame->last_offset;
  e->traceback = tb;
}

/* }====================================================== */

/* {====================================================== roots */

void vm_grow_roots(VM *vm) {
  int cap = vm->root_capacity < 32 ? 32 : vm->root_capacity * 2;
  Value *r = realloc(vm->roots, sizeof(Value) * (size_t)cap);
  if (r == NULL) { fputs("orrery: out of memory\n", stderr); exit(1); }
  vm->roots = r;
  vm->root_capacity = cap;
}

/* }====================================================== */

/* {====================================================== argument binding */

/* Append "'a', 'b' and 'c'" (CPython's list of missing names) to buf. */
static void format_names(char *buf, size_t size, ObjStr **names, int n) {
  size_t len = strlen(buf);
  for (int i = 0; i < n; i++) {
    const char *sep = "";
    if (i > 0) sep = (i == n - 1) ? (n > 2 ? ", and " : " and ") : ", ";
    int w = snprintf(buf + len, size - len, "%s'%s'", sep, names[i]->chars);
    if (w < 0 || (size_t)w >= size - len) return;
    len += (size_t)w;
  }
}

static bool missing_args(VM *vm, ObjFunction *fn, Frame *f, int from, int to, bool kwonly) {
  ObjStr *names[64];
  int n = 0;
  for (int i = from; i < to && n < 64; i++)
    if (IS_UNDEF(f->slots[i])) names[n++] = AS_STR(fn->code->varnames->items[i]);
  char buf[1024];
  snprintf(buf, sizeof buf, "%s() missing %d required %s argument%s: ", fn->qualname->chars, n,
           kwonly ? "keyword-only" : "positional", n == 1 ? "" : "s");
  format_names(buf, sizeof buf, names, n);
  return vm_raise(vm, vm->exc_TypeError, "%s", buf);
}

/*
** Bind [argc] positional [args] and the keyword arguments ([kwnames] names
** the last nkw of args, or [kwargs] holds them) into the fresh frame [f] of
** [fn], as CPython's _PyEval_MakeFrameVector: parameters, *args, **kwargs,
** defaults, then cells and free variables.  false with TypeError raised.
*/
static bool bind_args(VM *vm, ObjFunction *fn, Frame *f, int argc, Value *args,
                      ObjTuple *kwnames, ObjDict *kwargs) {
  ObjCode *co = fn->code;
  int nkw = kwnames ? (int)kwnames->count : 0;
  int npos = argc - nkw;
  int nparams = co->argcount, total = co->argcount + co->kwonlyargcount;
  Value *slots = f->slots;
  int vararg_slot = (co->flags & CO_VARARGS) ? total : -1;
  int kwarg_slot = (co->flags & CO_VARKEYWORDS) ? total + (vararg_slot >= 0) : -1;

  /* positional */
  int ncopy = npos < nparams ? npos : nparams;
  for (int i = 0; i < ncopy; i++) slots[i] = args[i];
  if (vararg_slot >= 0) {
    int extra = npos > nparams ? npos - nparams : 0;
    ObjTuple *t = tuple_new(vm, (size_t)extra);
    if (t == NULL) return false;
    for (int i = 0; i < extra; i++) t->items[i] = args[nparams + i];
    slots[vararg_slot] = OBJ_VAL(t);
  } else if (npos > nparams) {
    int ndef = fn->defaults ? (int)fn->defaults->count : 0;
    if (ndef > 0)
      return vm_raise(vm, vm->exc_TypeError, "%s() takes from %d to %d positional arguments but %d %s given",
                      fn->qualname->chars, nparams - ndef, nparams, npos, npos == 1 ? "was" : "were");
    return vm_raise(vm, vm->exc_TypeError, "%s() takes %d positional argument%s but %d %s given",
                    fn->qualname->chars, nparams, nparams == 1 ? "" : "s", npos, npos == 1 ? "was" : "were");
  }

  /* keywords */
  ObjDict *kwdict = NULL;
  if (kwarg_slot >= 0) {
    kwdict = dict_new(vm);
    if (kwdict == NULL) return false;
    slots[kwarg_slot] = OBJ_VAL(kwdict);
  }
  size_t pos = 0;
  int k = 0;
  for (;;) {
    Value name, value;
    if (kwnames) {
      if (k >= nkw) break;
      name = kwnames->items[k];
      value = args[npos + k];
      k++;
    } else if (kwargs) {
      if (!dict_next(kwargs, &pos, &name, &value)) break;
    } else {
      break;
    }
    if (!IS_STR(name))
      return vm_raise(vm, vm->exc_TypeError, "keywords must be strings");
    int found = -1;
    for (int i = co->posonlyargcount; i < total; i++) {
      if (str_eq(AS_STR(co->varnames->items[i]), AS_STR(name))) { found = i; break; }
    }
    if (found < 0 && kwdict == NULL) {
      for (int i = 0; i < co->posonlyargcount; i++) {
        if (str_eq(AS_STR(co->varnames->items[i]), AS_STR(name)))
          return vm_raise(vm, vm->exc_TypeError,
                          "%s() got some positional-only arguments passed as keyword arguments: '%s'",
                          fn->qualname->chars, AS_STR(name)->chars);
      }
    }
    if (found < 0) {
      if (kwdict == NULL)
        return vm_raise(vm, vm->exc_TypeError, "%s() got an unexpected keyword argument '%s'",
                        fn->qualname->chars, AS_STR(name)->chars);
      if (!dict_set(vm, kwdict, name, value)) return false;
      continue;
    }
    if (!IS_UNDEF(slots[found]))
      return vm_raise(vm, vm->exc_TypeError, "%s() got multiple values for argument '%s'",
                      fn->qualname->chars, AS_STR(name)->chars);
    slots[found] = value;
  }

  /* defaults */
  if (npos < nparams) {
    int ndef = fn->defaults ? (int)fn->defaults->count : 0;
    int first_default = nparams - ndef;
    for (int i = npos; i < nparams; i++) {
      if (IS_UNDEF(slots[i]) && i >= first_default) slots[i] = fn->defaults->items[i - first_default];
    }
    for (int i = npos; i < nparams; i++)
      if (IS_UNDEF(slots[i])) return missing_args(vm, fn, f, 0, nparams, false);
  }
  for (int i = nparams; i < total; i++) {
    if (IS_UNDEF(slots[i]) && fn->kwdefaults)
      dict_get_str(fn->kwdefaults, AS_STR(co->varnames->items[i]), &slots[i]);
  }
  for (int i = nparams; i < total; i++)
    if (IS_UNDEF(slots[i])) return missing_args(vm, fn, f, nparams, total, true);
  return true;
}

/* Set up the cells of a new frame: free variables come from the closure;
** cellvars are made by MAKE_CELL, or here when the compiler left it to us. */
static bool init_cells(VM *vm, ObjFunction *fn, Frame *f) {
  ObjCode *co = fn->code;
  Value *cells = f->slots + co->nlocals;
  for (int i = 0; i < co->nfrees; i++)
    cells[co->ncells + i] = fn->closure ? fn->closure->items[i] : UNDEF_VAL;
  return true;
}

/* Can the dispatch loop resume generator [co] with [v] in place, as SEND
** resumes an awaited coroutine?  What coro_resume would accept without an
** error: a suspended generator, or a new one sent None; and the frame
** depth allows one more. */
static ALWAYS_INLINE bool gen_can_resume_inline(VM *vm, ObjCoro *co, Value v) {
  return (co->state == CORO_SUSPENDED || (co->state == CORO_CREATED && IS_NONE(v))) &&
         vm->depth < CFG_RECURSION_LIMIT;
}

/* Push [co]'s frame on the chain above vm->frame (whose ip/sp are saved)
** and mark it running, as coro_resume does before running it from C:
** [v] is the value of the yield expression it is suspended at.  [entry]
** says where its next yield, return or exception goes.  The caller then
** loads the new frame. */
static ALWAYS_INLINE void resume_inline(VM *vm, ObjCoro *co, Value v, FrameEntry entry) {
  Frame *sub = co->frame;
  if (co->state == CORO_SUSPENDED) *sub->sp++ = v;
  co->state = CORO_RUNNING;
  sub->caller = vm->frame;
  sub->entry = entry;
  vm->frame = sub;
  vm->depth++;
  vm_emit(vm, EV_RESUME, OBJ_VAL(co), NONE_VAL);   /* as run_frame */
}

/* x <op> y for ints (COMPARE_OP's operators). */
static ALWAYS_INLINE bool int_compare(CompareOp op, int64_t x, int64_t y) {
  switch (op) {
    case CMP_LT: return x < y;
    case CMP_LE: return x <= y;
    case CMP_EQ: return x == y;
    case CMP_NE: return x != y;
    case CMP_GT: return x > y;
    case CMP_GE: break;
  }
  return x >= y;
}

/* The dict entry hint of names[ni] of [code] (see dict_get_str_hint), in
** an array made on first use; a scratch slot if memory runs out (a hint
** is only a shortcut: nothing is raised). */
static uint32_t *name_hint_first(VM *vm, ObjCode *code, uint16_t ni) {
  static uint32_t scratch;
  size_t n = code->names->count;
  code->name_hints = gc_realloc(vm, NULL, 0, n * sizeof(uint32_t));
  if (code->name_hints == NULL) {
    vm->exception = UNDEF_VAL;
    return &scratch;
  }
  code->nname_hints = (uint32_t)n;
  memset(code->name_hints, 0, n * sizeof(uint32_t));
  return &code->name_hints[ni];
}
static inline uint32_t *name_hint(VM *vm, ObjCode *code, uint16_t ni) {
  if (__builtin_expect(code->name_hints == NULL, 0)) return name_hint_first(vm, code, ni);
  return &code->name_hints[ni];
}

/* Kinds whose attributes are not simply their class's (a module's, a
** class's ...): LOAD_METHOD takes the general path for them. */
_Static_assert(OBJ__COUNT <= 32, "a kind must fit a 32-bit mask");
#define OWN_LOOKUP_KINDS (1u << OBJ_MODULE | 1u << OBJ_CLASS | 1u << OBJ_BOUND_METHOD | \
                          1u << OBJ_SUPER | 1u << OBJ_FUNCTION)

/* The cache entry of names[ni] of [code] for objects like [o]: what
** class_lookup finds for that name on o's class, and what LOAD_ATTR,
** LOAD_METHOD and STORE_ATTR may do with it (see ClassSiteCache).  The hit
** is inline; the miss looks up and fills the entry (one class's objects
** are all of one kind, so o's kind holds for them all).  NULL if memory
** ran out for the cache: nothing is raised, the caller takes its general
** path. */
static ClassSiteCache *site_fill(VM *vm, ObjCode *code, uint16_t ni, Obj *o) {
  ObjStr *name = AS_STR(code->names->items[ni]);
  Value v, setattr;
  bool found = class_lookup(o->cls, name, &v);
  if (code->class_sites == NULL) {
    size_t n = code->names->count;
    code->class_sites = gc_realloc(vm, NULL, 0, n * sizeof(ClassSiteCache));
    if (code->class_sites == NULL) {
      vm->exception = UNDEF_VAL;
      return NULL;
    }
    code->nclass_sites = (uint32_t)n;
    for (size_t i = 0; i < n; i++) code->class_sites[i] = (ClassSiteCache){.cls = NULL, .value = UNDEF_VAL};
  }
  bool instance = o->kind == OBJ_INSTANCE;
  bool property = found && IS_KIND(v, OBJ_PROPERTY);
  bool dunder = name->chars[0] == '_' && name->chars[1] == '_';
  ClassSiteCache *c = &code->class_sites[ni];
  c->cls = o->cls;
  c->epoch = class_epoch;
  c->value = found ? v : UNDEF_VAL;
  c->method = found && (IS_FUNCTION(v) || IS_NATIVE(v)) && !(OWN_LOOKUP_KINDS >> o->kind & 1);
  c->instance_get = instance && !property && !dunder;
  c->instance_set = instance && !property &&
                    (!class_lookup(o->cls, vm->s_setattr, &setattr) || IS_NATIVE(setattr));
  return c;
}
static ALWAYS_INLINE ClassSiteCache *site_entry(VM *vm, ObjCode *code, uint16_t ni, Obj *o) {
  ClassSiteCache *c = code->class_sites;
  if (__builtin_expect(c != NULL, 1) && c[ni].cls == o->cls && c[ni].epoch == class_epoch) return &c[ni];
  return site_fill(vm, code, ni, o);
}

/* Remember what LOAD_GLOBAL found for names[ni] of [code] (see GlobalCache
** in src/object.h); the cache array is made on first use.  Caching is only
** a shortcut: if memory runs out, nothing is cached and nothing raised. */
static void cache_global(VM *vm, ObjCode *code, uint16_t ni, uint64_t globals_version,
                         uint64_t builtins_version, Value v) {
  if (code->global_cache == NULL) {
    size_t n = code->names->count;
    code->global_cache = gc_realloc(vm, NULL, 0, n * sizeof(GlobalCache));
    if (code->global_cache == NULL) {
      vm->exception = UNDEF_VAL;
      return;
    }
    code->nglobal_cache = (uint32_t)n;
    for (size_t i = 0; i < n; i++)   /* no dict reaches this version: empty entries */
      code->global_cache[i] = (GlobalCache){UINT64_MAX, 0, NONE_VAL};
  }
  code->global_cache[ni] = (GlobalCache){globals_version, builtins_version, v};
}

/* Prepare a frame for calling [fn]; returns NULL after raising. */
static Frame *prepare_frame(VM *vm, ObjFunction *fn, int argc, Value *args,
                            ObjTuple *kwnames, ObjDict *kwargs) {
  ObjCode *co = fn->code;
  Frame *f = frame_new(vm, co, fn, fn->globals);
  if (f == NULL) return NULL;
  /* The fast path: exactly the positional parameters, nothing else. */
  if (kwnames == NULL && kwargs == NULL && argc == co->argcount &&
      !(co->flags & (CO_VARARGS | CO_VARKEYWORDS)) && co->kwonlyargcount == 0) {
    for (int i = 0; i < argc; i++) f->slots[i] = args[i];
  } else if (!bind_args(vm, fn, f, argc, args, kwnames, kwargs)) {
    return NULL;
  }
  if (co->nfrees) init_cells(vm, fn, f);
  return f;
}

/* }====================================================== */

/* {====================================================== calling from C */

static VMResult run(VM *vm, bool throwing, Value *out);

/* Is [fn]'s code a generator or a coroutine (calling it makes an object)? */
static inline bool is_generator_code(ObjCode *co) {
  return (co->flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) != 0;
}

/* Copy the [n] arguments of a call into the first slots of its frame: no
** loop for a few. */
static ALWAYS_INLINE void copy_args(Value *slots, const Value *args, int n) {
  switch (n) {
    default: for (int i = 4; i < n; i++) slots[i] = args[i];   /* fall through */
    case 4: slots[3] = args[3];   /* fall through */
    case 3: slots[2] = args[2];   /* fall through */
    case 2: slots[1] = args[1];   /* fall through */
    case 1: slots[0] = args[0];   /* fall through */
    case 0: break;
  }
}

/* The generator, coroutine or async generator that a call of [fn] makes,
** owning the call's frame [f]; [next] is the instruction after the CALL.
** `await f(...)`: the coroutine goes from the CALL's stack slot straight to
** SEND, which leaves it only when it returns, so it is marked await_only
** and recycled then (coro_recycle).  NULL after raising MemoryError. */
static inline ObjCoro *make_coro(VM *vm, Frame *f, ObjFunction *fn, const uint8_t *next) {
  ObjCoro *co = coro_new(vm, f, fn);
  if (co != NULL && *next == OP_GET_AWAITABLE && co->is_coroutine) co->await_only = true;
  return co;
}

/* Call [callee] with [self] in front of the [argc] arguments (a bound
** method, __call__, a method found by name). */
static bool call_with_self(VM *vm, Value callee, Value self, int argc, Value *args,
                           ObjDict *kwargs, Value *out) {
  Value stackargs[16];
  Value *a = argc + 1 <= 16 ? stackargs : malloc(sizeof(Value) * (size_t)(argc + 1));
  if (a == NULL) return vm_raise_memory(vm);
  a[0] = self;
  for (int i = 0; i < argc; i++) a[i + 1] = args[i];
  bool ok = vm_call(vm, callee, argc + 1, a, kwargs, out);
  if (a != stackargs) free(a);
  return ok;
}

bool vm_call(VM *vm, Value callee, int argc, Value *args, ObjDict *kwargs, Value *out) {
  if (!IS_OBJ(callee)) goto not_callable;
  switch (AS_OBJ(callee)->kind) {
    case OBJ_NATIVE: {
      ObjNative *n = AS_NATIVE(callee);
      return n->fn(vm, n->self, argc, args, kwargs, out);
    }
    case OBJ_FUNCTION: {
      ObjFunction *fn = AS_FUNCTION(callee);
      Frame *f = prepare_frame(vm, fn, argc, args, NULL, kwargs);
      if (f == NULL) return false;
      if (is_generator_code(fn->code)) {
        ObjCoro *co = coro_new(vm, f, fn);
        if (co == NULL) return false;
        *out = OBJ_VAL(co);
        return true;
      }
      return vm_run_frame(vm, f, out) == VM_RETURN;
    }
    case OBJ_BOUND_METHOD: {
      ObjBoundMethod *m = (ObjBoundMethod *)AS_OBJ(callee);
      return call_with_self(vm, m->func, m->self, argc, args, kwargs, out);
    }
    case OBJ_CLASS:
      return runtime_call_class(vm, AS_CLASS(callee), argc, args, kwargs, out);
    case OBJ_PROPERTY:
      break;
    default: {
      Value call;
      ObjStr *s_call = str_intern(vm, "__call__", 8);
      if (AS_OBJ(callee)->kind == OBJ_INSTANCE && s_call && class_lookup(AS_OBJ(callee)->cls, s_call, &call))
        return call_with_self(vm, call, callee, argc, args, kwargs, out);
      break;
    }
  }
not_callable:
  return vm_raise(vm, vm->exc_TypeError, "'%s' object is not callable", value_type_name(vm, callee));
}

bool vm_call_method(VM *vm, Value self, ObjStr *name, int argc, Value *args, Value *out) {
  Value m;
  int found = value_get_method(vm, self, name, &m);
  if (found < 0) return false;
  if (found == 0) return vm_call(vm, m, argc, args, NULL, out);
  vm_push_root(vm, m);
  bool ok = call_with_self(vm, m, self, argc, args, NULL, out);
  vm_pop_root(vm, 1);
  return ok;
}

/* Enter the dispatch loop with [frame] on top of the chain. */
static VMResult enter(VM *vm, Frame *frame, bool throwing, Value *out) {
  if (vm->c_depth >= CFG_C_DEPTH_LIMIT || vm->depth >= CFG_RECURSION_LIMIT) {
    if (throwing) vm->exception = UNDEF_VAL;
    if (frame->coro) { frame->coro->state = CORO_CLOSED; frame->coro->frame = NULL; }
    vm_raise(vm, vm->exc_RecursionError, "maximum recursion depth exceeded");
    return VM_ERROR;
  }
  frame->caller = vm->frame;
  frame->entry = FRAME_ENTRY_C;
  vm->frame = frame;
  vm->depth++;
  vm->c_depth++;
  int roots = vm->root_count;
  VMResult r = run(vm, throwing, out);
  vm->root_count = roots;      /* natives that failed may not have popped theirs */
  vm->c_depth--;
  return r;
}

VMResult vm_run_frame(VM *vm, Frame *frame, Value *out) {
  return enter(vm, frame, false, out);
}

VMResult vm_resume_frame(VM *vm, Frame *frame, bool throwing, Value *out) {
  return enter(vm, frame, throwing, out);
}

/* }====================================================== */

/* {====================================================== the dispatch loop */

/* StopIteration must not escape a generator or coroutine (PEP 479). */
static void check_stop_iteration(VM *vm, Frame *frame) {
  if (!vm_exception_matches(vm, vm->exc_StopIteration) &&
      !(frame->code->flags & CO_ASYNC_GENERATOR && vm_exception_matches(vm, vm->exc_StopAsyncIteration)))
    return;
  Value cause = vm->exception;
  const char *what = (frame->code->flags & CO_COROUTINE) ? "coroutine" :
                     (frame->code->flags & CO_ASYNC_GENERATOR) ? "async generator" : "generator";
  bool async_stop = !vm_exception_matches(vm, vm->exc_StopIteration);
  vm_raise(vm, vm->exc_RuntimeError, "%s raised %s", what, async_stop ? "StopAsyncIteration" : "StopIteration");
  if (IS_EXCEPTION(vm->exception)) {
    AS_EXCEPTION(vm->exception)->cause = cause;
    AS_EXCEPTION(vm->exception)->context = cause;
    AS_EXCEPTION(vm->exception)->suppress_context = true;
  }
}

/* Concatenate [n] strs. */
static bool build_string(VM *vm, Value *items, int n, Value *out) {
  size_t len = 0;
  for (int i = 0; i < n; i++) len += AS_STR(items[i])->len;
  char *buf = malloc(len + 1);
  if (buf == NULL) return vm_raise_memory(vm);
  size_t at = 0;
  for (int i = 0; i < n; i++) {
    memcpy(buf + at, AS_STR(items[i])->chars, AS_STR(items[i])->len);
    at += AS_STR(items[i])->len;
  }
  ObjStr *s = str_new(vm, buf, len);
  free(buf);
  if (s == NULL) return false;
  *out = OBJ_VAL(s);
  return true;
}

/* Unpack [seq] into exactly [n] values written to dst[0..n) in order. */
static bool unpack(VM *vm, Value seq, int n, Value *dst) {
  if (IS_TUPLE(seq) || IS_LIST(seq)) {
    size_t count = IS_TUPLE(seq) ? AS_TUPLE(seq)->count : AS_LIST(seq)->count;
    Value *items = IS_TUPLE(seq) ? AS_TUPLE(seq)->items : AS_LIST(seq)->items;
    if ((int)count < n)
      return vm_raise(vm, vm->exc_ValueError, "not enough values to unpack (expected %d, got %zu)", n, count);
    if ((int)count > n)
      return vm_raise(vm, vm->exc_ValueError, "too many values to unpack (expected %d)", n);
    for (int i = 0; i < n; i++) dst[i] = items[i];
    return true;
  }
  Value it;
  if (!value_iter(vm, seq, &it)) {
    if (vm_exception_matches(vm, vm->exc_TypeError)) {
      vm->exception = UNDEF_VAL;
      return vm_raise(vm, vm->exc_TypeError, "cannot unpack non-iterable %s object", value_type_name(vm, seq));
    }
    return false;
  }
  vm_push_root(vm, it);
  for (int i = 0; i < n; i++) {
    int r = value_next(vm, it, &dst[i]);
    if (r < 0) { vm_pop_root(vm, 1); return false; }
    if (r == 0) {
      vm_pop_root(vm, 1);
      return vm_raise(vm, vm->exc_ValueError, "not enough values to unpack (expected %d, got %d)", n, i);
    }
  }
  Value extra;
  int r = value_next(vm, it, &extra);
  vm_pop_root(vm, 1);
  if (r < 0) return false;
  if (r > 0) return vm_raise(vm, vm->exc_ValueError, "too many values to unpack (expected %d)", n);
  return true;
}

/* Make a list of every item of [seq]. */
static bool to_list(VM *vm, Value seq, ObjList **out) {
  ObjList *l = list_new(vm, 0);
  if (l == NULL) return false;
  vm_push_root(vm, OBJ_VAL(l));
  bool ok = true;
  if (IS_TUPLE(seq) || IS_LIST(seq)) {
    size_t count = IS_TUPLE(seq) ? AS_TUPLE(seq)->count : AS_LIST(seq)->count;
    Value *items = IS_TUPLE(seq) ? AS_TUPLE(seq)->items : AS_LIST(seq)->items;
    for (size_t i = 0; ok && i < count; i++) ok = list_append(vm, l, items[i]);
  } else {
    Value it, v;
    ok = value_iter(vm, seq, &it);
    if (ok) {
      vm_push_root(vm, it);
      int r;
      while ((r = value_next(vm, it, &v)) > 0)
        if (!list_append(vm, l, v)) { r = -1; break; }
      ok = r == 0;
      vm_pop_root(vm, 1);
    }
  }
  vm_pop_root(vm, 1);
  *out = l;
  return ok;
}

/* Is exception [exc] an instance of [type] (a class or a tuple of them)? */
static int exc_matches(VM *vm, Value exc, Value type) {
  if (IS_TUPLE(type)) {
    for (size_t i = 0; i < AS_TUPLE(type)->count; i++) {
      int r = exc_matches(vm, exc, AS_TUPLE(type)->items[i]);
      if (r != 0) return r;
    }
    return 0;
  }
  if (!IS_CLASS(type) || !class_is_subclass(AS_CLASS(type), vm->exc_BaseException)) {
    vm_raise(vm, vm->exc_TypeError, "catching classes that do not inherit from BaseException is not allowed");
    return -1;
  }
  return IS_OBJ(exc) && class_is_subclass(AS_OBJ(exc)->cls, AS_CLASS(type));
}

/* Are two values the same object (`is`)?  Unboxed values compare by value. */
static bool same_object(Value a, Value b) {
  return value_same_unboxed(a, b) && (!IS_OBJ(a) || AS_OBJ(a) == AS_OBJ(b));
}

/* The name of a callable in call errors, as CPython's _PyObject_FunctionStr:
** "mod.qualname" ("qualname" for builtins), written into [buf]. */
static const char *function_str(VM *vm, Value callee, char *buf, size_t size) {
  if (IS_FUNCTION(callee)) {
    Value mod = UNDEF_VAL;
    dict_get_str(AS_FUNCTION(callee)->globals, vm->s_dunder_name, &mod);
    if (IS_STR(mod) && strcmp(AS_STR(mod)->chars, "builtins") != 0)
      snprintf(buf, size, "%s.%s", AS_STR(mod)->chars, AS_FUNCTION(callee)->qualname->chars);
    else
      snprintf(buf, size, "%s", AS_FUNCTION(callee)->qualname->chars);
  } else if (IS_NATIVE(callee)) {
    snprintf(buf, size, "%s", AS_NATIVE(callee)->name);
  } else if (IS_KIND(callee, OBJ_BOUND_METHOD)) {
    return function_str(vm, ((ObjBoundMethod *)AS_OBJ(callee))->func, buf, size);
  } else {
    snprintf(buf, size, "%s object", value_type_name(vm, callee));
  }
  return buf;
}

/* The __enter__/__exit__ (or, [async], __aenter__/__aexit__) methods of a
** context manager, bound; TypeError with CPython's message if missing. */
static bool context_methods(VM *vm, Value mgr, bool async, Value *enter_m, Value *exit_m) {
  const char *enter = async ? "__aenter__" : "__enter__", *exit = async ? "__aexit__" : "__exit__";
  int r1 = value_lookup_attr(vm, mgr, str_intern(vm, enter, strlen(enter)), enter_m);
  if (r1 < 0) return false;
  int r2 = r1 ? value_lookup_attr(vm, mgr, str_intern(vm, exit, strlen(exit)), exit_m) : 0;
  if (r2 < 0) return false;
  if (r1 && r2) return true;
  return vm_raise(vm, vm->exc_TypeError, "'%s' object does not support the %scontext manager protocol%s%s%s",
                  value_type_name(vm, mgr), async ? "asynchronous " : "", r1 ? " (missed " : "",
                  r1 ? exit : "", r1 ? " method)" : "");
}

/* Build the **kwargs dict of a CALL_KW from its names and values. */
static ObjDict *kwargs_from_names(VM *vm, ObjTuple *names, Value *values) {
  ObjDict *d = dict_new(vm);
  if (d == NULL) return NULL;
  for (size_t i = 0; i < names->count; i++)
    if (!dict_set(vm, d, names->items[i], values[i])) return NULL;
  return d;
}

/* __build_class__(func, name, *bases): run the body with a fresh namespace,
** then make the class.  Single inheritance. */
static bool build_class(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  if (argc < 2 || !IS_FUNCTION(args[0]) || !IS_STR(args[1]))
    return vm_raise(vm, vm->exc_TypeError, "__build_class__: bad arguments");
  ObjClass *base = vm->t_object;
  if (argc > 3) return vm_raise(vm, vm->exc_TypeError, "multiple inheritance is not supported");
  if (argc == 3) {
    if (!IS_CLASS(args[2])) return vm_raise(vm, vm->exc_TypeError, "bases must be types");
    base = AS_CLASS(args[2]);
  }
  ObjFunction *body = AS_FUNCTION(args[0]);
  ObjDict *ns = dict_new(vm);
  if (ns == NULL) return false;
  vm_push_root(vm, OBJ_VAL(ns));
  if (!dict_set_cstr(vm, ns, "__module__", dict_get_cstr(vm, body->globals, "__name__", &self) ? self : NONE_VAL) ||
      !dict_set_cstr(vm, ns, "__qualname__", OBJ_VAL(AS_STR(args[1])))) { vm_pop_root(vm, 1); return false; }
  Frame *f = prepare_frame(vm, body, 0, NULL, NULL, NULL);
  if (f == NULL) { vm_pop_root(vm, 1); return false; }
  f->locals = ns;
  Value cell;
  if (vm_run_frame(vm, f, &cell) != VM_RETURN) { vm_pop_root(vm, 1); return false; }
  ObjClass *cls = class_new(vm, AS_STR(args[1])->chars, base, base->instance_kind == OBJ_CLASS ? OBJ_INSTANCE : base->instance_kind);
  vm_pop_root(vm, 1);
  if (cls == NULL) return false;
  cls->is_builtin = false;
  cls->dict = ns;
  class_cache_invalidate();
  /* type_new's set_names: a property in the body learns its name
     (property.__set_name__; other objects' __set_name__ is not in the
     subset, as user-defined descriptors are not). */
  size_t pos = 0;
  Value k, pv;
  while (dict_next(ns, &pos, &k, &pv))
    if (IS_STR(k) && IS_KIND(pv, OBJ_PROPERTY) && ((ObjProperty *)AS_OBJ(pv))->kind == PROP_PROPERTY)
      ((ObjProperty *)AS_OBJ(pv))->name = AS_STR(k);
  Value v;
  if (dict_get_cstr(vm, ns, "__module__", &v) && IS_STR(v)) cls->module = AS_STR(v);
  if (dict_get_cstr(vm, ns, "__qualname__", &v) && IS_STR(v)) cls->qualname = AS_STR(v);
  /* A body defining __eq__ but not __hash__ makes instances unhashable
  ** (CPython's type_new sets __hash__ to None). */
  if (dict_get_cstr(vm, ns, "__eq__", &v) && !dict_get_cstr(vm, ns, "__hash__", &v) &&
      !dict_set_cstr(vm, ns, "__hash__", NONE_VAL))
    return false;
  /* A body whose methods use super() returns its __class__ cell. */
  if (IS_KIND(cell, OBJ_CELL)) AS_CELL(cell)->value = OBJ_VAL(cls);
  *out = OBJ_VAL(cls);
  return true;
}

/*
** The dispatch loop.  Runs vm->frame (entered from C) and every frame it
** pushes, until the entry frame returns (VM_RETURN, *out = value), yields
** (VM_SUSPEND, *out = yielded value) or lets an exception escape (VM_ERROR).
** [throwing]: resume with vm->exception raised at the frame's suspension
** point (generator throw()).
*/
static VMResult run(VM *vm, bool throwing, Value *out) {
  Frame *frame;
  uint8_t *ip;
  uint8_t *code;
  Value *sp;
  Value *consts;
  Value *locals;              /* frame->slots: the fast locals, then cells */
  uint8_t *instr = NULL;
  bool reraise = false;       /* at error: keep the traceback as it is */
  bool propagating = false;   /* at error: the exception came from a callee */

#define LOAD_FRAME() do { frame = vm->frame; ip = frame->ip; sp = frame->sp; \
    locals = frame->slots; code = frame->code->code; consts = frame->code->consts->items; } while (0)
#define SAVE() do { frame->ip = ip; frame->sp = sp; \
    frame->last_offset = (uint32_t)(instr - code); } while (0)
/* Push the frame [f] of a call (made by frame_new: its entry is
** FRAME_ENTRY_CALL) whose result goes to [base], and go on with it in this
** loop.  The caller's ip is saved already. */
#define ENTER_FRAME(f, base) do { frame->sp = (base); (f)->caller = frame; vm->frame = (f); \
    vm->depth++; SAFE_POINT(); LOAD_FRAME(); NEXT(); } while (0)
#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define PEEK(n) (sp[-(n)])
#define READ_U8() (*ip++)
#define READ_U16() (ip += 2, read_u16(ip - 2))
#define READ_U32() (ip += 4, read_u32(ip - 4))
#define NAME_AT(i) AS_STR(frame->code->names->items[i])   /* not a register: only the name instructions need it */
#define THROW() goto error
/* A safe point (a call, a backward jump): collect if the allocation budget
** is spent, run queued finalizers.  The test is inline, as it is almost
** always false; GCSTRESS builds collect every time. */
#if CFG_GC_STRESS
#  define SAFE_POINT() gc_maybe_collect(vm)
#else
#  define SAFE_POINT() do { \
    if (vm->safe_point_due) gc_maybe_collect(vm); \
  } while (0)
#endif

  LOAD_FRAME();
  if (throwing) {
    instr = code + frame->last_offset;
    propagating = true;       /* a thrown-in exception gets no new context */
    goto error;
  }

#if CFG_COMPUTED_GOTO
  static void *dispatch_table[OP__COUNT] = {
#define OP(name, operand, effect) [OP_##name] = &&L_##name,
#include "src/opcodes.def"
#undef OP
  };
#define CASE(name) L_##name
#define DISPATCH() do { instr = ip; goto *dispatch_table[*ip++]; } while (0)
#define NEXT() DISPATCH()
  DISPATCH();
#else
#define CASE(name) case OP_##name
#define DISPATCH() goto dispatch
#define NEXT() goto dispatch
dispatch:
  instr = ip;
  switch ((OpCode)*ip++) {
#endif

  CASE(NOP): NEXT();
  CASE(POP_TOP): {
    Value v = POP();
    if (IS_CORO(v) && AS_CORO(v)->state == CORO_CREATED) {
      /* `f()` without await: CPython's refcounting would warn right here;
      ** collect now so the warning points at this line too. */
      SAVE();
      gc_collect(vm);
    }
    NEXT();
  }
  CASE(PUSH_NULL): PUSH(UNDEF_VAL); NEXT();
  CASE(COPY): { uint8_t n = READ_U8(); Value v = PEEK(n); PUSH(v); NEXT(); }
  CASE(SWAP): { uint8_t n = READ_U8(); Value t = PEEK(1); PEEK(1) = PEEK(n); PEEK(n) = t; NEXT(); }

  CASE(LOAD_CONST): PUSH(consts[READ_U16()]); NEXT();
  CASE(LOAD_FAST): body_LOAD_FAST: {
    uint16_t i = READ_U16();
    Value v = locals[i];
    if (IS_UNDEF(v)) {
      SAVE();
      vm_raise(vm, vm->exc_UnboundLocalError, "cannot access local variable '%s' where it is not associated with a value",
               AS_STR(frame->code->varnames->items[i])->chars);
      THROW();
    }
    PUSH(v);
    NEXT();
  }
  CASE(STORE_FAST): locals[READ_U16()] = POP(); NEXT();

  /* Superinstructions (see the end of src/opcodes.def): ip points at the
     first operand; the second instruction starts 3 bytes on (every first
     instruction here has a 2-byte operand), its operand 4 bytes on.  An
     unbound local is left to the plain LOAD_FAST, which raises with the
     right instruction recorded.  Going on into the second instruction's
     own body: instr = its start, ip = past its opcode, as DISPATCH leaves
     them. */
#define SECOND_OPERAND() read_u16(ip + 3)
#define INTO_SECOND(label) do { instr = ip + 2; ip += 3; goto label; } while (0)
  CASE(LOAD_FAST__LOAD_FAST): {
    Value a = locals[read_u16(ip)], b = locals[SECOND_OPERAND()];
    if (IS_UNDEF(a) || IS_UNDEF(b)) goto body_LOAD_FAST;
    sp[0] = a; sp[1] = b; sp += 2;
    ip += 5;
    NEXT();
  }
  CASE(LOAD_FAST__LOAD_CONST): {
    Value a = locals[read_u16(ip)];
    if (IS_UNDEF(a)) goto body_LOAD_FAST;
    sp[0] = a; sp[1] = consts[SECOND_OPERAND()]; sp += 2;
    ip += 5;
    NEXT();
  }
  CASE(LOAD_CONST__LOAD_FAST): {
    PUSH(consts[read_u16(ip)]);
    INTO_SECOND(body_LOAD_FAST);
  }
  CASE(STORE_FAST__LOAD_FAST): {
    locals[read_u16(ip)] = POP();
    INTO_SECOND(body_LOAD_FAST);
  }
  CASE(STORE_FAST__STORE_FAST): {
    locals[read_u16(ip)] = sp[-1];
    locals[SECOND_OPERAND()] = sp[-2];
    sp -= 2;
    ip += 5;
    NEXT();
  }
  CASE(STORE_FAST__JUMP_BACKWARD): {
    locals[read_u16(ip)] = POP();
    INTO_SECOND(body_JUMP_BACKWARD);
  }
  CASE(LOAD_FAST__LOAD_ATTR): {
    Value a = locals[read_u16(ip)];
    if (IS_UNDEF(a)) goto body_LOAD_FAST;
    PUSH(a);
    INTO_SECOND(body_LOAD_ATTR);
  }
  CASE(LOAD_FAST__LOAD_METHOD): {
    Value a = locals[read_u16(ip)];
    if (IS_UNDEF(a)) goto body_LOAD_FAST;
    PUSH(a);
    INTO_SECOND(body_LOAD_METHOD);
  }
#undef SECOND_OPERAND
#undef INTO_SECOND
  /* COMPARE_OP then POP_JUMP_IF_FALSE / _TRUE (`if n < 2:`, `while i < n:`):
     two ints compared and the jump taken with no bool pushed.  ip points at
     the compare's operator; the jump's target is 2 bytes on, the next
     instruction 6.  Anything else goes through the plain instructions.
     The jump's interrupt test is made here, once: a fuzz build's test
     spends its instruction budget, so testing here and again in the plain
     jump would let the budget run past zero. */
#define COMPARE_AND_JUMP(jump_if) do { \
    Value b = PEEK(1), a = PEEK(2); \
    if (IS_INT(a) && IS_INT(b)) { \
      if (__builtin_expect(INTERRUPT_PENDING(), 0)) { \
        SAVE(); \
        if (!vm_handle_sigint(vm)) THROW(); \
      } \
      bool res = int_compare((CompareOp)ip[0], AS_INT(a), AS_INT(b)); \
      sp -= 2; \
      ip = res == (jump_if) ? code + read_u32(ip + 2) : ip + 6; \
      NEXT(); \
    } \
    goto body_COMPARE_OP; \
  } while (0)
  /* FOR_ITER then STORE_FAST (`for i in range(n):`): the next int goes
     straight into the local.  ip points at the jump target; the store's
     operand is 5 bytes on, the next instruction 7.  Other iterators go
     through the plain instructions. */
  CASE(FOR_ITER__STORE_FAST): {
    Value it = PEEK(1);
    if (IS_KIND(it, OBJ_NATIVE_ITER) && ((ObjNativeIter *)AS_OBJ(it))->next == range_iter_next) {
      ObjNativeIter *ni = (ObjNativeIter *)AS_OBJ(it);
      if (ni->index >= ni->limit) { sp--; ip = code + read_u32(ip); NEXT(); }
      locals[read_u16(ip + 5)] = INT_VAL(range_iter_take(ni));
      ip += 7;
      NEXT();
    }
    goto body_FOR_ITER;
  }
  CASE(COMPARE_OP__POP_JUMP_IF_FALSE): COMPARE_AND_JUMP(false);
  CASE(COMPARE_OP__POP_JUMP_IF_TRUE): COMPARE_AND_JUMP(true);
#undef COMPARE_AND_JUMP
  /* BINARY_OP by its operator: ints (no overflow) and floats in place, the
     rest in BINARY_OP's body (ip still points at the operand). */
#define BINARY_FAST(int_ok, float_expr) do { \
    Value b = PEEK(1), a = PEEK(2); \
    if (IS_INT(a) && IS_INT(b)) { \
      int64_t x = AS_INT(a), y = AS_INT(b), z; \
      if (int_ok) { ip++; sp--; PEEK(1) = INT_VAL(z); NEXT(); } \
    } else if (IS_FLOAT(a) && IS_FLOAT(b)) { \
      double x = AS_FLOAT(a), y = AS_FLOAT(b); \
      ip++; sp--; PEEK(1) = FLOAT_VAL(float_expr); NEXT(); \
    } \
    goto body_BINARY_OP; \
  } while (0)
  CASE(BINARY_OP_ADD): BINARY_FAST(!__builtin_add_overflow(x, y, &z), x + y);
  CASE(BINARY_OP_SUBTRACT): BINARY_FAST(!__builtin_sub_overflow(x, y, &z), x - y);
  CASE(BINARY_OP_MULTIPLY): BINARY_FAST(!__builtin_mul_overflow(x, y, &z), x * y);
#undef BINARY_FAST
  CASE(BINARY_OP_REMAINDER): {   /* ints only: Python's % takes the divisor's sign */
    Value b = PEEK(1), a = PEEK(2);
    if (IS_INT(a) && IS_INT(b) && AS_INT(b) > 0) {
      int64_t z = AS_INT(a) % AS_INT(b);
      if (z < 0) z += AS_INT(b);
      ip++; sp--; PEEK(1) = INT_VAL(z); NEXT();
    }
    goto body_BINARY_OP;
  }
  CASE(DELETE_FAST): {
    uint16_t i = READ_U16();
    if (IS_UNDEF(locals[i])) {
      SAVE();
      vm_raise(vm, vm->exc_UnboundLocalError, "cannot access local variable '%s' where it is not associated with a value",
               AS_STR(frame->code->varnames->items[i])->chars);
      THROW();
    }
    Value old = locals[i];
    locals[i] = UNDEF_VAL;
    if (IS_CORO(old) && AS_CORO(old)->state == CORO_CREATED) { SAVE(); gc_collect(vm); }
    NEXT();
  }
  CASE(LOAD_GLOBAL): {
    uint16_t ni = READ_U16();
    /* The cache holds while neither dict changed (see GlobalCache). */
    GlobalCache *gc = frame->code->global_cache;
    if (gc != NULL && gc[ni].globals_version == frame->globals->version &&
        (gc[ni].builtins_version == 0 || gc[ni].builtins_version == vm->builtins->version)) {
      PUSH(gc[ni].value);
      NEXT();
    }
    ObjStr *name = NAME_AT(ni);
    Value v;
    if (dict_get_str(frame->globals, name, &v)) {
      if (frame->globals->version != 0) cache_global(vm, frame->code, ni, frame->globals->version, 0, v);
      PUSH(v);
      NEXT();
    }
    if (dict_get_str(vm->builtins, name, &v)) {
      cache_global(vm, frame->code, ni, frame->globals->version, vm->builtins->version, v);
      PUSH(v);
      NEXT();
    }
    SAVE();
    vm_raise(vm, vm->exc_NameError, "name '%s' is not defined", name->chars);
    exc_record_name_error(vm, name, frame->globals);
    THROW();
  }
  CASE(STORE_GLOBAL): {
    ObjStr *name = NAME_AT(READ_U16());
    SAVE();
    if (!dict_set(vm, frame->globals, OBJ_VAL(name), PEEK(1))) THROW();
    sp--;
    NEXT();
  }
  CASE(DELETE_GLOBAL): {
    ObjStr *name = NAME_AT(READ_U16());
    SAVE();
    Value old;
    int r = dict_del(vm, frame->globals, OBJ_VAL(name), &old);
    if (r < 0) THROW();
    if (r == 0) {
      vm_raise(vm, vm->exc_NameError, "name '%s' is not defined", name->chars);
      exc_record_name_error(vm, name, frame->globals);
      THROW();
    }
    if (IS_CORO(old) && AS_CORO(old)->state == CORO_CREATED) gc_collect(vm);   /* see POP_TOP */
    NEXT();
  }
  CASE(LOAD_NAME): {
    uint16_t ni = READ_U16();
    ObjStr *name = NAME_AT(ni);
    uint32_t *hint = name_hint(vm, frame->code, ni);
    Value v;
    if ((frame->locals && dict_get_str_hint(frame->locals, name, hint, &v)) ||
        (frame->globals != frame->locals && dict_get_str_hint(frame->globals, name, hint, &v)) ||
        dict_get_str(vm->builtins, name, &v)) { PUSH(v); NEXT(); }
    SAVE();
    vm_raise(vm, vm->exc_NameError, "name '%s' is not defined", name->chars);
    exc_record_name_error(vm, name, frame->globals);
    THROW();
  }
  CASE(STORE_NAME): {
    uint16_t ni = READ_U16();
    ObjStr *name = NAME_AT(ni);
    SAVE();
    if (!dict_set_str_hint(vm, frame->locals ? frame->locals : frame->globals, name,
                           name_hint(vm, frame->code, ni), PEEK(1))) THROW();
    sp--;
    NEXT();
  }
  CASE(DELETE_NAME): {
    ObjStr *name = NAME_AT(READ_U16());
    SAVE();
    Value old;
    int r = dict_del(vm, frame->locals ? frame->locals : frame->globals, OBJ_VAL(name), &old);
    if (r < 0) THROW();
    if (r == 0) {
      vm_raise(vm, vm->exc_NameError, "name '%s' is not defined", name->chars);
      exc_record_name_error(vm, name, frame->globals);
      THROW();
    }
    if (IS_CORO(old) && AS_CORO(old)->state == CORO_CREATED) gc_collect(vm);   /* see POP_TOP */
    NEXT();
  }
  CASE(MAKE_CELL): {
    uint16_t i = READ_U16();
    ObjCode *co = frame->code;
    Value init = UNDEF_VAL;
    if (co->cell2arg && i < co->ncells && co->cell2arg[i] >= 0) init = frame->slots[co->cell2arg[i]];
    SAVE();
    ObjCell *c = cell_new(vm, init);
    if (c == NULL) THROW();
    frame->slots[co->nlocals + i] = OBJ_VAL(c);
    NEXT();
  }
  CASE(LOAD_DEREF): {
    uint16_t i = READ_U16();
    Value cell = frame->slots[frame->code->nlocals + i];
    if (!IS_OBJ(cell) || IS_UNDEF(AS_CELL(cell)->value)) {
      SAVE();
      ObjCode *co = frame->code;
      if (i < co->ncells)
        vm_raise(vm, vm->exc_UnboundLocalError, "cannot access local variable '%s' where it is not associated with a value",
                 AS_STR(co->cellvars->items[i])->chars);
      else {
        ObjStr *name = AS_STR(co->freevars->items[i - co->ncells]);
        vm_raise(vm, vm->exc_NameError, "cannot access free variable '%s' where it is not associated with a value in enclosing scope",
                 name->chars);
        exc_record_name_error(vm, name, frame->globals);
      }
      THROW();
    }
    PUSH(AS_CELL(cell)->value);
    NEXT();
  }
  CASE(STORE_DEREF): {
    uint16_t i = READ_U16();
    Value cell = frame->slots[frame->code->nlocals + i];
    if (!IS_OBJ(cell)) {
      SAVE();
      ObjCell *c = cell_new(vm, UNDEF_VAL);
      if (c == NULL) THROW();
      frame->slots[frame->code->nlocals + i] = cell = OBJ_VAL(c);
    }
    AS_CELL(cell)->value = POP();
    NEXT();
  }
  CASE(DELETE_DEREF): {
    uint16_t i = READ_U16();
    Value cell = frame->slots[frame->code->nlocals + i];
    if (IS_OBJ(cell)) AS_CELL(cell)->value = UNDEF_VAL;
    NEXT();
  }
  CASE(LOAD_CLOSURE): {
    uint16_t i = READ_U16();
    Value cell = frame->slots[frame->code->nlocals + i];
    if (!IS_OBJ(cell)) {
      SAVE();
      ObjCell *c = cell_new(vm, UNDEF_VAL);
      if (c == NULL) THROW();
      frame->slots[frame->code->nlocals + i] = cell = OBJ_VAL(c);
    }
    PUSH(cell);
    NEXT();
  }

  CASE(LOAD_ATTR): body_LOAD_ATTR: {
    uint16_t ni = READ_U16();
    Value v, obj = PEEK(1);
    /* The common case, self.x found in the instance's dict, without the
       general path (runtime/ops.c lookup_attr, whose order this keeps: a
       property on the class wins; dunder names may be special). */
    if (IS_OBJ(obj)) {
      ClassSiteCache *c = site_entry(vm, frame->code, ni, AS_OBJ(obj));
      if (c != NULL && c->instance_get && AS_INSTANCE(obj)->dict != NULL &&
          dict_get_str_hint(AS_INSTANCE(obj)->dict, NAME_AT(ni), name_hint(vm, frame->code, ni), &v)) {
        PEEK(1) = v;
        NEXT();
      }
    }
    SAVE();
    if (!value_getattr(vm, obj, NAME_AT(ni), &v)) THROW();
    PEEK(1) = v;
    NEXT();
  }
  CASE(STORE_ATTR): {
    uint16_t ni = READ_U16();
    ObjStr *name = NAME_AT(ni);
    Value obj = PEEK(1);
    SAVE();
    /* The common case, self.x = v on an instance whose class neither has a
       property of that name nor a __setattr__ of its own: straight into the
       instance's dict, at the entry it used last time (a hint, as
       LOAD_ATTR's).  The rest, and the same order, is value_setattr_hint's
       (runtime/ops.c). */
    ClassSiteCache *c;
    if (IS_OBJ(obj) && (c = site_entry(vm, frame->code, ni, AS_OBJ(obj))) != NULL && c->instance_set &&
        AS_INSTANCE(obj)->dict != NULL) {
      if (!dict_set_str_hint(vm, AS_INSTANCE(obj)->dict, name, name_hint(vm, frame->code, ni), PEEK(2)))
        THROW();
      sp -= 2;
      NEXT();
    }
    if (!value_setattr_hint(vm, obj, name, PEEK(2), name_hint(vm, frame->code, ni))) THROW();
    sp -= 2;
    NEXT();
  }
  CASE(DELETE_ATTR): {
    ObjStr *name = NAME_AT(READ_U16());
    SAVE();
    if (!value_delattr(vm, PEEK(1), name)) THROW();
    sp--;
    NEXT();
  }
  CASE(LOAD_METHOD): body_LOAD_METHOD: {
    uint16_t ni = READ_U16();
    Value m, obj = PEEK(1);
    /* The common case without a call: an object (a list, a generator, an
       instance ...) whose class has a function of that name; what
       value_get_method (runtime/ops.c) would answer, in its order: an
       instance's own attribute of that name shadows the method. */
    if (IS_OBJ(obj)) {
      Obj *o = AS_OBJ(obj);
      ClassSiteCache *c = site_entry(vm, frame->code, ni, o);
      if (c != NULL && c->method) {
        m = c->value;
        Value own;
        if (o->kind == OBJ_INSTANCE && AS_INSTANCE(obj)->dict != NULL &&
            dict_may_hold_str(AS_INSTANCE(obj)->dict, NAME_AT(ni)) &&
            dict_get_str(AS_INSTANCE(obj)->dict, NAME_AT(ni), &own)) {
          PEEK(1) = UNDEF_VAL;
          PUSH(own);
          NEXT();
        }
        PEEK(1) = m;
        PUSH(obj);
        NEXT();
      }
      /* module.f(...) (asyncio.sleep(0)): a plain name is the module dict's
         (a dunder may be the module type's own, as __dict__) */
      ObjStr *name = NAME_AT(ni);
      if (o->kind == OBJ_MODULE && (name->chars[0] != '_' || name->chars[1] != '_') &&
          dict_get_str_hint(((ObjModule *)o)->dict, name, name_hint(vm, frame->code, ni), &m)) {
        PEEK(1) = UNDEF_VAL;
        PUSH(m);
        NEXT();
      }
    }
    SAVE();
    int r = value_get_method(vm, PEEK(1), NAME_AT(ni), &m);
    if (r < 0) THROW();
    if (r == 1) { Value obj = PEEK(1); PEEK(1) = m; PUSH(obj); }
    else { PEEK(1) = UNDEF_VAL; PUSH(m); }
    NEXT();
  }
  CASE(BINARY_SUBSCR): {
    Value key = PEEK(1), obj = PEEK(2), v;
    if (IS_LIST(obj) && IS_INT(key)) {
      int64_t i = AS_INT(key), n = (int64_t)AS_LIST(obj)->count;
      if (i < 0) i += n;
      if (i >= 0 && i < n) { sp--; PEEK(1) = AS_LIST(obj)->items[i]; NEXT(); }
    }
    SAVE();
    if (!value_getitem(vm, obj, key, &v)) THROW();
    sp--;
    PEEK(1) = v;
    NEXT();
  }
  CASE(STORE_SUBSCR): {
    SAVE();
    if (!value_setitem(vm, PEEK(2), PEEK(1), PEEK(3))) THROW();
    sp -= 3;
    NEXT();
  }
  CASE(DELETE_SUBSCR): {
    SAVE();
    if (!value_delitem(vm, PEEK(2), PEEK(1))) THROW();
    sp -= 2;
    NEXT();
  }
  CASE(BUILD_SLICE): {
    uint8_t n = READ_U8();
    SAVE();
    Value v;
    Value step = n == 3 ? PEEK(1) : NONE_VAL;
    Value stop = PEEK(n == 3 ? 2 : 1), start = PEEK(n == 3 ? 3 : 2);
    if (!value_make_slice(vm, start, stop, step, &v)) THROW();
    sp -= n;
    PUSH(v);
    NEXT();
  }

  CASE(BINARY_OP): body_BINARY_OP: {
    uint8_t op = READ_U8();
    Value b = PEEK(1), a = PEEK(2), r;
    if (IS_INT(a) && IS_INT(b)) {
      int64_t x = AS_INT(a), y = AS_INT(b), z;
      switch (op) {
        case NB_ADD: case NB_INPLACE_ADD:
          if (!__builtin_add_overflow(x, y, &z)) { sp--; PEEK(1) = INT_VAL(z); NEXT(); }
          break;
        case NB_SUBTRACT: case NB_INPLACE_SUBTRACT:
          if (!__builtin_sub_overflow(x, y, &z)) { sp--; PEEK(1) = INT_VAL(z); NEXT(); }
          break;
        case NB_MULTIPLY: case NB_INPLACE_MULTIPLY:
          if (!__builtin_mul_overflow(x, y, &z)) { sp--; PEEK(1) = INT_VAL(z); NEXT(); }
          break;
        case NB_AND: case NB_INPLACE_AND: sp--; PEEK(1) = INT_VAL(x & y); NEXT();
        case NB_OR: case NB_INPLACE_OR: sp--; PEEK(1) = INT_VAL(x | y); NEXT();
        case NB_XOR: case NB_INPLACE_XOR: sp--; PEEK(1) = INT_VAL(x ^ y); NEXT();
        case NB_REMAINDER: case NB_INPLACE_REMAINDER:
          if (y > 0) { z = x % y; if (z < 0) z += y; sp--; PEEK(1) = INT_VAL(z); NEXT(); }
          break;
        case NB_FLOOR_DIVIDE: case NB_INPLACE_FLOOR_DIVIDE:
          if (y > 0) { z = x / y; if ((x % y != 0) && (x < 0)) z--; sp--; PEEK(1) = INT_VAL(z); NEXT(); }
          break;
        default: break;
      }
    } else if (IS_FLOAT(a) && IS_FLOAT(b)) {
      double x = AS_FLOAT(a), y = AS_FLOAT(b);
      switch (op) {
        case NB_ADD: case NB_INPLACE_ADD: sp--; PEEK(1) = FLOAT_VAL(x + y); NEXT();
        case NB_SUBTRACT: case NB_INPLACE_SUBTRACT: sp--; PEEK(1) = FLOAT_VAL(x - y); NEXT();
        case NB_MULTIPLY: case NB_INPLACE_MULTIPLY: sp--; PEEK(1) = FLOAT_VAL(x * y); NEXT();
        case NB_TRUE_DIVIDE: case NB_INPLACE_TRUE_DIVIDE:
          if (y != 0.0) { sp--; PEEK(1) = FLOAT_VAL(x / y); NEXT(); }
          break;
        default: break;
      }
    }
    SAVE();
    if (!value_binary_op(vm, op, a, b, &r)) THROW();
    sp--;
    PEEK(1) = r;
    NEXT();
  }
  CASE(UNARY_NEGATIVE): {
    Value a = PEEK(1), r;
    if (IS_INT(a) && AS_INT(a) != INT64_MIN) { PEEK(1) = INT_VAL(-AS_INT(a)); NEXT(); }
    if (IS_FLOAT(a)) { PEEK(1) = FLOAT_VAL(-AS_FLOAT(a)); NEXT(); }
    SAVE();
    if (!value_unary_op(vm, UN_NEGATIVE, a, &r)) THROW();
    PEEK(1) = r;
    NEXT();
  }
  CASE(UNARY_POSITIVE): {
    Value r;
    SAVE();
    if (!value_unary_op(vm, UN_POSITIVE, PEEK(1), &r)) THROW();
    PEEK(1) = r;
    NEXT();
  }
  CASE(UNARY_INVERT): {
    Value r;
    SAVE();
    if (!value_unary_op(vm, UN_INVERT, PEEK(1), &r)) THROW();
    PEEK(1) = r;
    NEXT();
  }
/* bool(v) into the int t, inline for bools, None, ints and plain lists
   (`while waiters:`); the rest, and raising, is value_truthy's. */
#define TRUTH(v, t) do { Value v_ = (v); \
    if (IS_BOOL(v_)) t = AS_BOOL(v_); \
    else if (IS_NONE(v_)) t = 0; \
    else if (IS_INT(v_)) t = AS_INT(v_) != 0; \
    else if (IS_LIST(v_) && AS_OBJ(v_)->cls->is_builtin) t = AS_LIST(v_)->count != 0; \
    else { SAVE(); t = value_truthy(vm, v_); if (t < 0) THROW(); } } while (0)
  CASE(UNARY_NOT): {
    int t;
    TRUTH(PEEK(1), t);
    PEEK(1) = BOOL_VAL(!t);
    NEXT();
  }
  CASE(COMPARE_OP): body_COMPARE_OP: {
    uint8_t op = READ_U8();
    Value b = PEEK(1), a = PEEK(2), r;
    if (IS_INT(a) && IS_INT(b)) {
      sp--;
      PEEK(1) = BOOL_VAL(int_compare((CompareOp)op, AS_INT(a), AS_INT(b)));
      NEXT();
    }
    SAVE();
    if (!value_compare(vm, op, a, b, &r)) THROW();
    sp--;
    PEEK(1) = r;
    NEXT();
  }
  CASE(IS_OP): {
    uint8_t invert = READ_U8();
    bool r = same_object(PEEK(2), PEEK(1));
    sp--;
    PEEK(1) = BOOL_VAL(r != (invert != 0));
    NEXT();
  }
  CASE(CONTAINS_OP): {
    uint8_t invert = READ_U8();
    SAVE();
    int r = value_contains(vm, PEEK(1), PEEK(2));
    if (r < 0) THROW();
    sp--;
    PEEK(1) = BOOL_VAL((r != 0) != (invert != 0));
    NEXT();
  }

  CASE(JUMP): {
    uint32_t target = READ_U32();
    ip = code + target;
    NEXT();
  }
  CASE(JUMP_BACKWARD): body_JUMP_BACKWARD: {   /* a loop: a safe point */
    uint32_t target = READ_U32();
    if (__builtin_expect(INTERRUPT_PENDING(), 0)) {   /* Ctrl-C */
      SAVE();
      if (!vm_handle_sigint(vm)) THROW();
    }
    ip = code + target;
    /* SAFE_POINT, saving ip and sp only when it may collect */
#if CFG_GC_STRESS
    SAVE();
    SAFE_POINT();
#else
    if (vm->safe_point_due) { SAVE(); gc_maybe_collect(vm); }
#endif
    NEXT();
  }
  CASE(POP_JUMP_IF_FALSE): {
    uint32_t target = READ_U32();
    int t;
    TRUTH(PEEK(1), t);
    sp--;
    if (__builtin_expect(INTERRUPT_PENDING(), 0)) {   /* Ctrl-C (a `while cond:` loop) */
      SAVE();
      if (!vm_handle_sigint(vm)) THROW();
    }
    if (!t) ip = code + target;
    NEXT();
  }
  CASE(POP_JUMP_IF_TRUE): {
    uint32_t target = READ_U32();
    int t;
    TRUTH(PEEK(1), t);
    sp--;
    if (__builtin_expect(INTERRUPT_PENDING(), 0)) {   /* Ctrl-C (a `while cond:` loop) */
      SAVE();
      if (!vm_handle_sigint(vm)) THROW();
    }
    if (t) ip = code + target;
    NEXT();
  }
  CASE(POP_JUMP_IF_NONE): {
    uint32_t target = READ_U32();
    if (IS_NONE(POP())) ip = code + target;
    NEXT();
  }
  CASE(POP_JUMP_IF_NOT_NONE): {
    uint32_t target = READ_U32();
    if (!IS_NONE(POP())) ip = code + target;
    NEXT();
  }
  CASE(JUMP_IF_FALSE_OR_POP): {
    uint32_t target = READ_U32();
    int t;
    TRUTH(PEEK(1), t);
    if (!t) ip = code + target; else sp--;
    NEXT();
  }
  CASE(JUMP_IF_TRUE_OR_POP): {
    uint32_t target = READ_U32();
    int t;
    TRUTH(PEEK(1), t);
    if (t) ip = code + target; else sp--;
    NEXT();
  }

  CASE(GET_ITER): {
    Value it;
    SAVE();
    if (!value_iter(vm, PEEK(1), &it)) THROW();
    PEEK(1) = it;
    NEXT();
  }
  CASE(FOR_ITER): body_FOR_ITER: {
    uint32_t target = READ_U32();
    Value it = PEEK(1), v;
    int r;
    if (IS_KIND(it, OBJ_NATIVE_ITER)) {
      ObjNativeIter *ni = (ObjNativeIter *)AS_OBJ(it);
      if (ni->next == range_iter_next) {      /* for i in range(...): inline */
        if (ni->index >= ni->limit) { sp--; ip = code + target; NEXT(); }
        PUSH(INT_VAL(range_iter_take(ni)));
        NEXT();
      }
      SAVE();
      r = ni->next(vm, ni, &v);
    } else if (IS_GENERATOR(it) && gen_can_resume_inline(vm, AS_CORO(it), NONE_VAL)) {
      /* Run the generator inline; the iterator stays on the stack. */
      SAVE();
      resume_inline(vm, AS_CORO(it), NONE_VAL, FRAME_ENTRY_GEN_FOR);
      LOAD_FRAME();
      NEXT();
    } else {
      SAVE();
      r = value_next(vm, it, &v);
    }
    if (r < 0) THROW();
    if (r == 0) { sp--; ip = code + target; NEXT(); }
    PUSH(v);
    NEXT();
  }

  CASE(BUILD_TUPLE): {
    uint16_t n = READ_U16();
    SAVE();
    ObjTuple *t = tuple_new(vm, n);
    if (t == NULL) THROW();
    sp -= n;
    for (int i = 0; i < n; i++) t->items[i] = sp[i];
    PUSH(OBJ_VAL(t));
    NEXT();
  }
  CASE(BUILD_LIST): {
    uint16_t n = READ_U16();
    SAVE();
    ObjList *l = list_new(vm, n);
    if (l == NULL) THROW();
    sp -= n;
    for (int i = 0; i < n; i++) l->items[i] = sp[i];
    l->count = n;
    PUSH(OBJ_VAL(l));
    NEXT();
  }
  CASE(BUILD_SET): {
    uint16_t n = READ_U16();
    SAVE();
    Value set;
    if (!value_set_new(vm, &set)) THROW();
    vm_push_root(vm, set);           /* hashing may run Python code */
    for (int i = 0; i < n; i++) {
      if (!value_set_add(vm, set, sp[-n + i])) { vm_pop_root(vm, 1); THROW(); }
    }
    vm_pop_root(vm, 1);
    sp -= n;
    PUSH(set);
    NEXT();
  }
  CASE(BUILD_MAP): {
    uint16_t n = READ_U16();
    SAVE();
    ObjDict *d = dict_new(vm);
    if (d == NULL) THROW();
    vm_push_root(vm, OBJ_VAL(d));    /* hashing may run Python code */
    for (int i = 0; i < n; i++) {
      if (!dict_set(vm, d, sp[-2 * n + 2 * i], sp[-2 * n + 2 * i + 1])) { vm_pop_root(vm, 1); THROW(); }
    }
    vm_pop_root(vm, 1);
    sp -= 2 * n;
    PUSH(OBJ_VAL(d));
    NEXT();
  }
  CASE(BUILD_STRING): {
    uint16_t n = READ_U16();
    SAVE();
    Value s;
    if (!build_string(vm, sp - n, n, &s)) THROW();
    sp -= n;
    PUSH(s);
    NEXT();
  }
  CASE(LIST_APPEND): {
    uint8_t n = READ_U8();
    Value v = POP();
    SAVE();
    if (!list_append(vm, AS_LIST(PEEK(n)), v)) THROW();
    NEXT();
  }
  CASE(SET_ADD): {
    uint8_t n = READ_U8();
    SAVE();
    if (!value_set_add(vm, PEEK(n + 1), PEEK(1))) THROW();
    sp--;
    NEXT();
  }
  CASE(MAP_ADD): {
    uint8_t n = READ_U8();
    SAVE();
    if (!dict_set(vm, AS_DICT(PEEK(n + 2)), PEEK(2), PEEK(1))) THROW();
    sp -= 2;
    NEXT();
  }
  CASE(LIST_EXTEND): {
    uint8_t n = READ_U8();
    SAVE();
    ObjList *src;
    if (!to_list(vm, PEEK(1), &src)) {
      if (vm_exception_matches(vm, vm->exc_TypeError) && !IS_KIND(PEEK(1), OBJ_INSTANCE)) {
        vm->exception = UNDEF_VAL;
        vm_raise(vm, vm->exc_TypeError, "Value after * must be an iterable, not %s", value_type_name(vm, PEEK(1)));
      }
      THROW();
    }
    ObjList *dst = AS_LIST(PEEK(n + 1));
    for (size_t i = 0; i < src->count; i++)
      if (!list_append(vm, dst, src->items[i])) THROW();
    sp--;
    NEXT();
  }
  CASE(SET_UPDATE): {
    uint8_t n = READ_U8();
    SAVE();
    Value r;
    if (!vm_call_method(vm, PEEK(n + 1), str_intern(vm, "update", 6), 1, &PEEK(1), &r)) THROW();
    sp--;
    NEXT();
  }
  CASE(DICT_UPDATE):
  CASE(DICT_MERGE): {
    bool merge = *instr == OP_DICT_MERGE;
    uint8_t n = READ_U8();
    SAVE();
    Value src = PEEK(1);
    ObjDict *dst = AS_DICT(PEEK(n + 1));
    if (!IS_DICT(src)) {
      char name[256];
      if (merge)   /* in a call: f(**x) */
        vm_raise(vm, vm->exc_TypeError, "%s() argument after ** must be a mapping, not %s",
                 function_str(vm, PEEK(n + 3), name, sizeof name), value_type_name(vm, src));
      else
        vm_raise(vm, vm->exc_TypeError, "'%s' object is not a mapping", value_type_name(vm, src));
      THROW();
    }
    size_t pos = 0;
    Value k, v;
    while (dict_next(AS_DICT(src), &pos, &k, &v)) {
      if (merge) {
        int r = dict_get(vm, dst, k, NULL);
        if (r < 0) THROW();
        if (r > 0) {
          char name[256];
          vm_raise(vm, vm->exc_TypeError, "%s() got multiple values for keyword argument '%s'",
                   function_str(vm, PEEK(n + 3), name, sizeof name), IS_STR(k) ? AS_STR(k)->chars : "?");
          THROW();
        }
      }
      if (!dict_set(vm, dst, k, v)) THROW();
    }
    sp--;
    NEXT();
  }
  CASE(LIST_TO_TUPLE): {
    SAVE();
    ObjList *l = AS_LIST(PEEK(1));
    ObjTuple *t = tuple_new(vm, l->count);
    if (t == NULL) THROW();
    for (size_t i = 0; i < l->count; i++) t->items[i] = l->items[i];
    PEEK(1) = OBJ_VAL(t);
    NEXT();
  }
  CASE(UNPACK_SEQUENCE): {
    uint16_t n = READ_U16();
    Value seq = PEEK(1);
    if (IS_TUPLE(seq) && AS_TUPLE(seq)->count == n) {
      sp--;
      for (int i = n - 1; i >= 0; i--) PUSH(AS_TUPLE(seq)->items[i]);
      NEXT();
    }
    SAVE();
    Value tmp[64];
    Value *dst = n <= 64 ? tmp : malloc(sizeof(Value) * n);
    if (dst == NULL) { vm_raise_memory(vm); THROW(); }
    if (!unpack(vm, seq, n, dst)) { if (dst != tmp) free(dst); THROW(); }
    sp--;
    for (int i = n - 1; i >= 0; i--) PUSH(dst[i]);
    if (dst != tmp) free(dst);
    NEXT();
  }
  CASE(UNPACK_EX): {
    uint16_t arg = READ_U16();
    int before = arg & 0xff, after = arg >> 8;
    SAVE();
    ObjList *l;
    if (!to_list(vm, PEEK(1), &l)) {
      if (vm_exception_matches(vm, vm->exc_TypeError)) {
        vm->exception = UNDEF_VAL;
        vm_raise(vm, vm->exc_TypeError, "cannot unpack non-iterable %s object", value_type_name(vm, PEEK(1)));
      }
      THROW();
    }
    if ((int)l->count < before + after) {
      vm_raise(vm, vm->exc_ValueError, "not enough values to unpack (expected at least %d, got %zu)",
               before + after, l->count);
      THROW();
    }
    ObjList *mid = list_new(vm, 0);
    if (mid == NULL) THROW();
    for (size_t i = (size_t)before; i < l->count - (size_t)after; i++)
      if (!list_append(vm, mid, l->items[i])) THROW();
    sp--;
    for (int i = 0; i < after; i++) PUSH(l->items[l->count - 1 - (size_t)i]);
    PUSH(OBJ_VAL(mid));
    for (int i = before - 1; i >= 0; i--) PUSH(l->items[i]);
    NEXT();
  }
  CASE(FORMAT_VALUE): {
    uint8_t flags = READ_U8();
    Value spec = (flags & 4) ? POP() : UNDEF_VAL;
    static const int conv[] = {0, 's', 'r', 'a'};
    Value v = PEEK(1);
    if (IS_STR(v) && (flags & 3) == 0 && IS_UNDEF(spec)) NEXT();
    SAVE();
    ObjStr *s;
    if (!value_format(vm, v, conv[flags & 3], IS_UNDEF(spec) ? NULL : AS_STR(spec), &s)) THROW();
    PEEK(1) = OBJ_VAL(s);
    NEXT();
  }

  CASE(CALL): {
    /* The common calls, each on its shortest path: a plain Python function
       (a new frame, run by this loop), gen.send(v) (the generator's frame,
       resumed inline) and anything called through C (len, list.append,
       classes ...).  The rest (generators and coroutines to create,
       defaults, *args ...) take the general path below. */
    uint8_t argc = READ_U8();
    SAVE();
    if (__builtin_expect(INTERRUPT_PENDING(), 0) && !vm_handle_sigint(vm)) THROW();   /* Ctrl-C */
    Value *base = sp - argc - 2;      /* [NULL callable args...] or [method self args...] */
    Value callee = base[0], *args = base + 1;
    int n = argc + 1;
    if (IS_UNDEF(callee)) {
      callee = base[1]; args = base + 2; n = argc;
      if (IS_KIND(callee, OBJ_BOUND_METHOD)) {   /* unwrap in place */
        ObjBoundMethod *m = (ObjBoundMethod *)AS_OBJ(callee);
        base[0] = callee = m->func;
        base[1] = m->self;
        args = base + 1; n = argc + 1;
      }
    }
    if (IS_FUNCTION(callee)) {
      ObjFunction *fn = AS_FUNCTION(callee);
      ObjCode *co = fn->code;
      if (__builtin_expect(!co->simple_call || n != co->argcount || vm->depth >= CFG_RECURSION_LIMIT, 0)) {
        if (co->simple_make && n == co->argcount) {   /* a generator or coroutine function */
          Frame *f = frame_new(vm, co, fn, fn->globals);
          if (f == NULL) THROW();
          copy_args(f->slots, args, n);
          ObjCoro *made = make_coro(vm, f, fn, ip);
          if (made == NULL) THROW();
          sp = base;
          PUSH(OBJ_VAL(made));
          NEXT();
        }
        ip = instr + 1;               /* the general path reads the operand again */
        goto call_general;
      }
      Frame *f = frame_new(vm, co, fn, fn->globals);
      if (f == NULL) THROW();
      copy_args(f->slots, args, n);
      ENTER_FRAME(f, base);
    }
    /* gen.send(v) on a generator that can resume: run it inline, as SEND
       does for await (same checks as coro_resume; otherwise the call goes
       through C and raises what send() raises). */
    if (n == 2 && IS_GENERATOR(args[0]) && coro_is_send_method(callee) &&
        gen_can_resume_inline(vm, AS_CORO(args[0]), args[1])) {
      ObjCoro *co = AS_CORO(args[0]);
      Value v = args[1];
      frame->sp = sp = base;          /* ip is saved already */
      resume_inline(vm, co, v, FRAME_ENTRY_GEN_SEND);
      LOAD_FRAME();
      NEXT();
    }
    Value result;
    if (IS_NATIVE(callee)) {          /* a C function: straight to it, as vm_call would */
      ObjNative *nat = AS_NATIVE(callee);
      if (!nat->fn(vm, nat->self, n, args, NULL, &result)) THROW();
    } else if (!vm_call(vm, callee, n, args, NULL, &result)) {
      THROW();
    }
    sp = base;
    PUSH(result);
    NEXT();
  }
  CASE(CALL_KW):
  CASE(CALL_FUNCTION_EX):
  call_general: {
    OpCode opc = (OpCode)*instr;
    uint8_t argc = READ_U8();
    ObjTuple *kwnames = NULL;
    ObjDict *kwargs = NULL;
    Value *base;                      /* where the result will go */
    Value callee, *args;
    int n;
    SAVE();
    if (__builtin_expect(INTERRUPT_PENDING(), 0) && !vm_handle_sigint(vm)) THROW();   /* Ctrl-C */
    if (opc == OP_CALL_FUNCTION_EX) {
      Value kw = (argc & 1) ? POP() : UNDEF_VAL;
      Value posargs = POP();
      base = sp - 2;
      if (!IS_UNDEF(kw)) kwargs = AS_DICT(kw);
      if (!IS_TUPLE(posargs)) {
        ObjList *l;
        sp[0] = posargs;
        frame->sp = sp + 1;
        if (!to_list(vm, posargs, &l)) {
          if (vm_exception_matches(vm, vm->exc_TypeError) && !IS_KIND(posargs, OBJ_INSTANCE)) {
            char name[256];
            vm->exception = UNDEF_VAL;
            vm_raise(vm, vm->exc_TypeError, "%s() argument after * must be an iterable, not %s",
                     function_str(vm, IS_UNDEF(base[0]) ? base[1] : base[0], name, sizeof name),
                     value_type_name(vm, posargs));
          }
          THROW();
        }
        ObjTuple *t = tuple_new(vm, l->count);
        if (t == NULL) THROW();
        for (size_t i = 0; i < l->count; i++) t->items[i] = l->items[i];
        posargs = OBJ_VAL(t);
      }
      /* Keep them on the stack (rooted) while the call is set up. */
      sp[0] = posargs;
      if (!IS_UNDEF(kw)) sp[1] = kw;
      frame->sp = sp + (IS_UNDEF(kw) ? 1 : 2);
      ObjTuple *t = AS_TUPLE(posargs);
      if (IS_UNDEF(base[0])) { callee = base[1]; args = t->items; n = (int)t->count; }
      else {
        /* a method from LOAD_METHOD: prepend self */
        ObjTuple *t2 = tuple_new(vm, t->count + 1);
        if (t2 == NULL) THROW();
        t2->items[0] = base[1];
        for (size_t i = 0; i < t->count; i++) t2->items[i + 1] = t->items[i];
        sp[0] = OBJ_VAL(t2);
        callee = base[0]; args = t2->items; n = (int)t2->count;
      }
    } else {
      if (opc == OP_CALL_KW) {
        kwnames = AS_TUPLE(PEEK(1));
        sp--;
      }
      base = sp - argc - 2;
      if (IS_UNDEF(base[0])) { callee = base[1]; args = base + 2; n = argc; }
      else { callee = base[0]; args = base + 1; n = argc + 1; }
    }
    /* Unwrap bound methods of Python functions in place when we can. */
    if (IS_KIND(callee, OBJ_BOUND_METHOD) && IS_UNDEF(base[0]) && opc != OP_CALL_FUNCTION_EX) {
      ObjBoundMethod *m = (ObjBoundMethod *)AS_OBJ(callee);
      base[0] = m->func;
      base[1] = m->self;
      callee = m->func;
      args = base + 1;
      n = argc + 1;
    }
    if (IS_FUNCTION(callee)) {
      ObjFunction *fn = AS_FUNCTION(callee);
      frame->sp = (opc == OP_CALL_FUNCTION_EX) ? frame->sp : sp + (kwnames ? 1 : 0);
      Frame *f = prepare_frame(vm, fn, n, args, kwnames, kwargs);
      if (f == NULL) THROW();
      if (is_generator_code(fn->code)) {
        ObjCoro *co = make_coro(vm, f, fn, ip);
        if (co == NULL) THROW();
        sp = base;
        PUSH(OBJ_VAL(co));
        NEXT();
      }
      if (vm->depth >= CFG_RECURSION_LIMIT) {
        vm_raise(vm, vm->exc_RecursionError, "maximum recursion depth exceeded");
        THROW();
      }
      ENTER_FRAME(f, base);
    }
    /* Anything else is called through C. */
    if (kwnames) {
      frame->sp = sp + 1;             /* keep kwnames rooted */
      kwargs = kwargs_from_names(vm, kwnames, args + n - (int)kwnames->count);
      if (kwargs == NULL) THROW();
      n -= (int)kwnames->count;
      sp[0] = OBJ_VAL(kwargs);        /* root it in the kwnames slot */
    }
    Value result;
    if (!vm_call(vm, callee, n, args, kwargs, &result)) THROW();
    sp = base;
    PUSH(result);
    NEXT();
  }
  CASE(MAKE_FUNCTION): {
    uint8_t flags = READ_U8();
    SAVE();
    ObjCode *co = AS_CODE(POP());
    ObjFunction *fn = function_new(vm, co, frame->globals);
    if (fn == NULL) THROW();
    if (flags & 8) fn->closure = AS_TUPLE(POP());
    if (flags & 2) fn->kwdefaults = AS_DICT(POP());
    if (flags & 1) fn->defaults = AS_TUPLE(POP());
    PUSH(OBJ_VAL(fn));
    NEXT();
  }
  CASE(RETURN_VALUE): {
    Value v = POP();
    Frame *done = frame;
    ObjCoro *co = done->coro;
    if (co) {
      co->state = CORO_CLOSED;
      co->frame = NULL;
      done->coro = NULL;          /* detached: frame_release may recycle it */
      vm_emit(vm, EV_RETURN, OBJ_VAL(co), v);
    }
    vm->frame = done->caller;
    vm->depth--;
    done->caller = NULL;
    FrameEntry entry = done->entry;
    frame_release(done);
    if (entry == FRAME_ENTRY_C) { *out = v; return VM_RETURN; }
    LOAD_FRAME();
    if (entry == FRAME_ENTRY_CALL) { PUSH(v); NEXT(); }   /* the common case */
    if (entry == FRAME_ENTRY_SEND) {
      /* the awaited coroutine finished: its value is the await's result,
         in the slot that held the coroutine */
      bool last_ref = co->await_only && AS_OBJ(PEEK(1)) == &co->obj && vm->hook == NULL;
      PEEK(1) = v;
      if (last_ref) coro_recycle(vm, co);
      ip = code + read_u32(ip - 4);
      NEXT();
    }
    if (entry == FRAME_ENTRY_GEN_FOR) {
      /* the generator is exhausted: pop it and leave the loop */
      sp--;
      ip = code + read_u32(ip - 4);
      NEXT();
    }
    if (entry == FRAME_ENTRY_GEN_SEND) {
      /* send() raises StopIteration(value); a bare one for None */
      ObjException *stop = IS_NONE(v) ? exc_new(vm, vm->exc_StopIteration, NULL) : exc_stop_iteration(vm, v);
      if (stop != NULL) vm->exception = OBJ_VAL(stop);
      instr = code + frame->last_offset;
      THROW();
    }
    PUSH(v);
    NEXT();
  }
  CASE(LOAD_BUILD_CLASS): {
    Value v;
    if (!dict_get_cstr(vm, vm->builtins, "__build_class__", &v)) {
      SAVE();
      vm_raise(vm, vm->exc_NameError, "__build_class__ not found");
      THROW();
    }
    PUSH(v);
    NEXT();
  }

  CASE(SETUP_FINALLY): {
    uint32_t target = READ_U32();
    Block *b = &frame_blocks(frame)[frame->nblocks++];
    b->handler = target;
    b->level = (uint32_t)(sp - frame_stack(frame));
    NEXT();
  }
  CASE(SETUP_WITH): {
    /* as SETUP_FINALLY, but the level leaves out the __enter__ result:
    ** the handler finds [exit exc] */
    uint32_t target = READ_U32();
    Block *b = &frame_blocks(frame)[frame->nblocks++];
    b->handler = target;
    b->level = (uint32_t)(sp - frame_stack(frame)) - 1;
    NEXT();
  }
  CASE(POP_BLOCK): frame->nblocks--; NEXT();
  CASE(PUSH_EXC_INFO): {
    Value exc = PEEK(1);
    PEEK(1) = frame_exc_info(frame);
    PUSH(exc);
    frame_set_exc_info(frame, exc);
    NEXT();
  }
  CASE(POP_EXCEPT): frame_set_exc_info(frame, POP()); NEXT();
  CASE(CHECK_EXC_MATCH): {
    SAVE();
    int r = exc_matches(vm, PEEK(2), PEEK(1));
    if (r < 0) THROW();
    PEEK(1) = BOOL_VAL(r);
    NEXT();
  }
  CASE(RERAISE): {
    Value exc = POP();
    SAVE();
    vm->exception = exc;
    reraise = true;
    THROW();
  }
  CASE(RAISE_VARARGS): {
    uint8_t n = READ_U8();
    SAVE();
    if (n == 0) {
      Value h = vm_handled_exception(vm);
      if (IS_NONE(h)) { vm_raise(vm, vm->exc_RuntimeError, "No active exception to reraise"); THROW(); }
      vm->exception = h;
      reraise = true;
      THROW();
    }
    Value cause = UNDEF_VAL;
    if (n == 2) cause = POP();
    Value exc = POP();
    if (!vm_raise_value(vm, exc) && !IS_EXCEPTION(vm->exception)) THROW();
    if (IS_EXCEPTION(vm->exception) && (IS_CLASS(exc) || IS_EXCEPTION(exc)) && n == 2) {
      Value e = vm->exception;
      if (IS_CLASS(cause)) {
        Value inst;
        vm->exception = UNDEF_VAL;
        vm_push_root(vm, e);
        bool ok = vm_call(vm, cause, 0, NULL, NULL, &inst);
        vm_pop_root(vm, 1);
        if (!ok) THROW();
        cause = inst;
        vm->exception = e;
      }
      if (!IS_NONE(cause) && !IS_EXCEPTION(cause)) {
        vm->exception = UNDEF_VAL;
        vm_raise(vm, vm->exc_TypeError, "exception causes must derive from BaseException");
        THROW();
      }
      AS_EXCEPTION(e)->cause = cause;
      AS_EXCEPTION(e)->suppress_context = true;
    }
    THROW();
  }
  CASE(LOAD_ASSERTION_ERROR): PUSH(OBJ_VAL(vm->exc_AssertionError)); NEXT();
  CASE(BEFORE_WITH):
  CASE(BEFORE_ASYNC_WITH): {
    /* [mgr] -> [exit enter()]; for async with, enter() is the awaitable */
    SAVE();
    Value exit_m, enter_m, res;
    if (!context_methods(vm, PEEK(1), *instr == OP_BEFORE_ASYNC_WITH, &enter_m, &exit_m)) THROW();
    PEEK(1) = exit_m;
    PUSH(enter_m);
    frame->sp = sp;
    if (!vm_call(vm, enter_m, 0, NULL, NULL, &res)) THROW();
    PEEK(1) = res;
    NEXT();
  }
  CASE(WITH_EXCEPT_START): {
    SAVE();
    Value exc = PEEK(1), exit_m = PEEK(3), res;
    Value args[3];
    args[0] = IS_OBJ(exc) ? OBJ_VAL(AS_OBJ(exc)->cls) : NONE_VAL;
    args[1] = exc;
    args[2] = IS_EXCEPTION(exc) && AS_EXCEPTION(exc)->traceback ? OBJ_VAL(AS_EXCEPTION(exc)->traceback) : NONE_VAL;
    if (!vm_call(vm, exit_m, 3, args, NULL, &res)) THROW();
    PUSH(res);
    NEXT();
  }

  CASE(GET_AWAITABLE): {
    ip++;                  /* operand unused here */
    Value it = PEEK(1);
    /* A coroutine not yet finished is its own awaitable (the rest, and
       the errors, in value_get_awaitable). */
    if (IS_CORO(it) && AS_CORO(it)->is_coroutine && AS_CORO(it)->state != CORO_CLOSED) NEXT();
    SAVE();
    if (!value_get_awaitable(vm, PEEK(1), &it)) THROW();
    PEEK(1) = it;
    NEXT();
  }
  CASE(GET_YIELD_FROM_ITER): {
    Value v = PEEK(1);
    if (IS_CORO(v)) {
      if (AS_CORO(v)->is_coroutine && !(frame->code->flags & CO_COROUTINE)) {
        SAVE();
        vm_raise(vm, vm->exc_TypeError, "cannot 'yield from' a coroutine object in a non-coroutine generator");
        THROW();
      }
      NEXT();
    }
    /* Native awaitable iterators (a Future's, __await__ results) are
    ** driven by SEND directly. */
    if (IS_OBJ(v) && gc_kind_ops[AS_OBJ(v)->kind].send != NULL) NEXT();
    SAVE();
    Value it;
    if (!value_iter(vm, v, &it)) THROW();
    PEEK(1) = it;
    NEXT();
  }
  CASE(SEND): {
    uint32_t target = READ_U32();
    Value recv = PEEK(2), v = PEEK(1);
    if (IS_CORO(recv)) {
      ObjCoro *co = AS_CORO(recv);
      if ((co->state == CORO_CREATED || co->state == CORO_SUSPENDED) &&
          !(co->state == CORO_CREATED && !IS_NONE(v)) && vm->depth < CFG_RECURSION_LIMIT) {
        /* Resume the awaited coroutine inline: push its frame. */
        Frame *sub = co->frame;
        sp--;
        SAVE();
        if (co->state == CORO_SUSPENDED) *sub->sp++ = v;
        co->state = CORO_RUNNING;
        sub->caller = frame;
        sub->entry = FRAME_ENTRY_SEND;
        vm->frame = sub;
        vm->depth++;
        vm_emit(vm, EV_RESUME, recv, v);
        LOAD_FRAME();
        NEXT();
      }
    }
    SAVE();
    Value r;
    VMResult res = vm_send(vm, recv, v, UNDEF_VAL, &r);
    if (res == VM_ERROR) THROW();
    if (res == VM_SUSPEND) { PEEK(1) = r; NEXT(); }
    sp--;
    PEEK(1) = r;
    ip = code + target;
    NEXT();
  }
  CASE(YIELD_VALUE): {
    ip++;                  /* operand unused here */
    Value y = POP();
    SAVE();
    Frame *done = frame;
    ObjCoro *co = done->coro;
    co->state = CORO_SUSPENDED;
    vm_emit(vm, EV_SUSPEND, OBJ_VAL(co), y);
    vm->frame = done->caller;
    vm->depth--;
    done->caller = NULL;
    if (done->entry == FRAME_ENTRY_C) { *out = y; return VM_SUSPEND; }
    /* entered by SEND: the caller yields the value on in its turn */
    LOAD_FRAME();
    PUSH(y);
    NEXT();
  }
  CASE(GET_AITER): {
    SAVE();
    Value r;
    ObjStr *name = str_intern(vm, "__aiter__", 9);
    Value m;
    int found = value_lookup_attr(vm, PEEK(1), name, &m);
    if (found < 0) THROW();
    if (!found) {
      vm_raise(vm, vm->exc_TypeError, "'async for' requires an object with __aiter__ method, got %s",
               value_type_name(vm, PEEK(1)));
      THROW();
    }
    if (!vm_call(vm, m, 0, NULL, NULL, &r)) THROW();
    PEEK(1) = r;
    NEXT();
  }
  CASE(GET_ANEXT): {
    SAVE();
    Value r, aw, m;
    ObjStr *name = str_intern(vm, "__anext__", 9);
    int found = value_lookup_attr(vm, PEEK(1), name, &m);
    if (found < 0) THROW();
    if (!found) {
      vm_raise(vm, vm->exc_TypeError, "'async for' requires an iterator with __anext__ method, got %s",
               value_type_name(vm, PEEK(1)));
      THROW();
    }
    if (!vm_call(vm, m, 0, NULL, NULL, &r)) THROW();
    PUSH(r);
    frame->sp = sp;
    if (!value_get_awaitable(vm, r, &aw)) THROW();
    PEEK(1) = aw;
    NEXT();
  }
  CASE(END_ASYNC_FOR): {
    Value exc = PEEK(1);
    if (IS_OBJ(exc) && class_is_subclass(AS_OBJ(exc)->cls, vm->exc_StopAsyncIteration)) {
      sp -= 2;
      NEXT();
    }
    sp--;
    SAVE();
    vm->exception = exc;
    reraise = true;
    THROW();
  }

  CASE(IMPORT_NAME): {
    ObjStr *name = NAME_AT(READ_U16());
    SAVE();
    Value m;
    /* `import a.b` binds the top package: import each prefix in turn. */
    const char *dot = strchr(name->chars, '.');
    ObjStr *first = dot ? str_new(vm, name->chars, (size_t)(dot - name->chars)) : name;
    if (first == NULL || !runtime_import(vm, first, &m)) THROW();
    if (dot && !IS_NONE(PEEK(1))) {
      if (!runtime_import(vm, name, &m)) THROW();
    }
    PEEK(1) = m;
    NEXT();
  }
  CASE(IMPORT_FROM): {
    ObjStr *name = NAME_AT(READ_U16());
    SAVE();
    Value v, mod = PEEK(1);
    int r = value_lookup_attr(vm, mod, name, &v);
    if (r < 0) THROW();
    if (r == 0) {
      const char *mname = IS_KIND(mod, OBJ_MODULE) ? AS_MODULE(mod)->name->chars : "?";
      ObjStr *file = IS_KIND(mod, OBJ_MODULE) ? AS_MODULE(mod)->file : NULL;
      vm_raise(vm, vm->exc_ImportError, "cannot import name '%s' from '%s' (%s)", name->chars, mname,
               file ? file->chars : "unknown location");
      THROW();
    }
    PUSH(v);
    NEXT();
  }
  CASE(IMPORT_STAR): {
    SAVE();
    Value mod = POP();
    if (IS_KIND(mod, OBJ_MODULE)) {
      size_t pos = 0;
      Value k, v, all;
      ObjDict *dst = frame->locals ? frame->locals : frame->globals;
      if (dict_get_cstr(vm, AS_MODULE(mod)->dict, "__all__", &all)) {
        /* __all__ names exactly what is imported (underscores included). */
        Value it = UNDEF_VAL;
        vm_push_root(vm, mod);
        bool ok = value_iter(vm, all, &it);
        vm_push_root(vm, it);
        int more = 0;
        while (ok && (more = value_next(vm, it, &k)) > 0) {
          if (!IS_STR(k))
            ok = vm_raise(vm, vm->exc_TypeError, "Item in %s.__all__ must be str, not %s",
                          AS_MODULE(mod)->name->chars, value_type_name(vm, k));
          else
            ok = value_getattr(vm, mod, AS_STR(k), &v) && dict_set(vm, dst, k, v);
        }
        vm_pop_root(vm, 2);
        if (!ok || more < 0) THROW();
        NEXT();
      }
      while (dict_next(AS_MODULE(mod)->dict, &pos, &k, &v))
        if (IS_STR(k) && AS_STR(k)->chars[0] != '_' && !dict_set(vm, dst, k, v)) THROW();
    }
    NEXT();
  }
  CASE(PRINT_EXPR): {
    SAVE();
    Value v = PEEK(1);
    if (!IS_NONE(v)) {
      ObjStr *s;
      /* sys.displayhook: builtins._ = None while repr() runs */
      if (!dict_set_cstr(vm, vm->builtins, "_", NONE_VAL)) THROW();
      if (!value_repr(vm, v, &s)) THROW();
      fwrite(s->chars, 1, s->len, stdout);
      fputc('\n', stdout);
      if (!dict_set_cstr(vm, vm->builtins, "_", v)) THROW();
    }
    sp--;
    NEXT();
  }

#if !CFG_COMPUTED_GOTO
  }
#endif

  /* ---- an exception is pending in vm->exception ---- */
error:
  {
    Value exc = vm->exception;
    if (!reraise) {
      if (!propagating) chain_context(vm, exc);
      add_traceback(vm, exc, frame);
    }
    reraise = false;
    propagating = false;
    if (frame->nblocks > 0) {
      Block *b = &frame_blocks(frame)[--frame->nblocks];
      sp = frame_stack(frame) + b->level;
      PUSH(exc);
      vm->exception = UNDEF_VAL;
      ip = code + b->handler;
      NEXT();
    }
    /* No handler here: the frame is done; pass the exception to its caller. */
    Frame *done = frame;
    if (done->coro) {
      check_stop_iteration(vm, done);
      done->coro->state = CORO_CLOSED;
      done->coro->frame = NULL;
      done->coro = NULL;          /* detached: frame_release may recycle it */
    }
    vm->frame = done->caller;
    vm->depth--;
    done->caller = NULL;
    FrameEntry entry = done->entry;
    frame_release(done);
    if (entry == FRAME_ENTRY_C) return VM_ERROR;
    LOAD_FRAME();
    instr = code + frame->last_offset;
    /* Out of an inline send() or for loop, the exception is raised at the
       call as if send() or next() had raised it in C. */
    propagating = entry != FRAME_ENTRY_GEN_SEND && entry != FRAME_ENTRY_GEN_FOR;
    goto error;
  }
#undef LOAD_FRAME
#undef SAVE
#undef PUSH
#undef POP
#undef PEEK
#undef READ_U8
#undef READ_U16
#undef READ_U32
#undef NAME_AT
#undef SAFE_POINT
#undef THROW
#undef CASE
#undef DISPATCH
#undef NEXT
#undef TRUTH
}

/* }====================================================== */

/* {====================================================== running source */

ObjCode *vm_compile(VM *vm, const char *source, const char *filename, int mode) {
  Arena arena;
  arena_init(&arena);
  SyntaxDiag diag;
  memset(&diag, 0, sizeof diag);
  diag_register_source(vm, filename, source);
  /* 'exec' input gets a final newline if it has none, as CPython's
     translate_newlines (and its file reader) give it one */
  size_t len = strlen(source);
  char *with_nl = NULL;
  if (mode == PARSE_FILE && len > 0 && source[len - 1] != '\n') {
    with_nl = malloc(len + 2);
    if (with_nl == NULL) return (void)vm_raise_memory(vm), NULL;
    memcpy(with_nl, source, len);
    with_nl[len] = '\n';
    with_nl[len + 1] = '\0';
    source = with_nl;
    len++;
  }
  Node *tree = parse_source(&arena, source, len, (ParseMode)mode, &diag);
  ObjCode *code = NULL;
  if (tree != NULL) code = compile_module(vm, tree, filename, (ParseMode)mode, &diag);
  arena_free(&arena);
  if (code != NULL || diag.type == NULL) { free(with_nl); return code; }
  /* Too deep to parse or to compile: MemoryError / RecursionError, as
     CPython 3.11's parser stack and symtable limits raise them. */
  if (strcmp(diag.type, "MemoryError") == 0) {
    free(with_nl);
    return (void)vm_raise_memory(vm), NULL;
  }
  if (strcmp(diag.type, "RecursionError") == 0) {
    free(with_nl);
    return (void)vm_raise(vm, vm->exc_RecursionError, "%s", diag.msg), NULL;
  }
  /* The attributes CPython gives the SyntaxError: its text and offsets
     depend on the stage that found the error (diag_syntax_attrs).  The
     REPL is told apart from compile(..., 'single') by its file name. */
  SyntaxAttrs at;
  memset(&at, 0, sizeof at);
  if (diag.line >= 1)
    diag_syntax_attrs(&diag, source, filename, mode == PARSE_FILE,
                      mode == PARSE_REPL && strcmp(filename, "<stdin>") == 0, &at);
  free(with_nl);
  /* Turn the diagnostic into a SyntaxError object carrying its position. */
  ObjClass *cls = vm->exc_SyntaxError;
  if (strcmp(diag.type, "IndentationError") == 0) cls = vm->exc_IndentationError;
  else if (strcmp(diag.type, "TabError") == 0) cls = vm->exc_TabError;
  vm_raise(vm, cls, "%s", diag.msg);
  ObjException *e = IS_EXCEPTION(vm->exception) ? AS_EXCEPTION(vm->exception) : NULL;
  if (e != NULL && e->dict == NULL) e->dict = dict_new(vm);
  if (e == NULL || e->dict == NULL) { free(at.text); return NULL; }
  /* (each new string goes into the rooted exception at once) */
  ObjStr *fn = str_from_cstr(vm, filename);
  if (fn) dict_set_cstr(vm, e->dict, "filename", OBJ_VAL(fn));
  ObjStr *msg = str_from_cstr(vm, diag.msg);
  if (msg) dict_set_cstr(vm, e->dict, "msg", OBJ_VAL(msg));
  dict_set_cstr(vm, e->dict, "_incomplete", BOOL_VAL(diag.incomplete));
  if (diag.line < 1) {
    /* no location (undecodable source) */
    dict_set_cstr(vm, e->dict, "lineno", INT_VAL(diag.line));
    dict_set_cstr(vm, e->dict, "offset", INT_VAL(diag.col + 1));
    dict_set_cstr(vm, e->dict, "end_lineno", INT_VAL(diag.end_line));
    dict_set_cstr(vm, e->dict, "end_offset", INT_VAL(diag.end_col + 1));
    return NULL;
  }
  /* args (msg, (filename, lineno, offset, text, end_lineno, end_offset)),
     from which the attributes are set as SyntaxError(msg, details) sets
     them (each new object goes into the rooted exception at once) */
  ObjTuple *args = tuple_new(vm, 2), *loc;
  if (args == NULL) { free(at.text); return NULL; }
  args->items[0] = msg ? OBJ_VAL(msg) : NONE_VAL;
  e->args = args;
  if ((loc = tuple_new(vm, 6)) == NULL) { free(at.text); return NULL; }
  args->items[1] = OBJ_VAL(loc);
  loc->items[0] = fn ? OBJ_VAL(fn) : NONE_VAL;
  loc->items[1] = INT_VAL(at.lineno);
  loc->items[2] = INT_VAL(at.offset);
  ObjStr *text = at.text ? str_from_cstr(vm, at.text) : NULL;
  free(at.text);
  if (text != NULL) loc->items[3] = OBJ_VAL(text);
  loc->items[4] = INT_VAL(at.end_lineno);
  loc->items[5] = INT_VAL(at.end_offset);
  exc_syntax_error_init(vm, e);
  return NULL;
}

/* A frame to run module-level [code] with [globals] and [locals] as its
** namespaces; NULL after raising MemoryError. */
static Frame *module_frame(VM *vm, ObjCode *code, ObjDict *globals, ObjDict *locals) {
  vm_push_root(vm, OBJ_VAL(code));
  Frame *f = frame_new(vm, code, NULL, globals);
  vm_pop_root(vm, 1);
  if (f != NULL) f->locals = locals;
  return f;
}

VMResult vm_run_code(VM *vm, ObjCode *code, ObjDict *globals, Value *out) {
  Frame *f = module_frame(vm, code, globals, globals);
  if (f == NULL) return VM_ERROR;
  if (code->flags & CO_COROUTINE) {
    /* top-level await (REPL): hand the coroutine to the caller */
    ObjCoro *co = coro_new(vm, f, NULL);
    if (co == NULL) return VM_ERROR;
    *out = OBJ_VAL(co);
    return VM_SUSPEND;
  }
  return vm_run_frame(vm, f, out);
}

VMResult vm_run_code_in(VM *vm, ObjCode *code, ObjDict *globals, ObjDict *locals, Value *out) {
  Frame *f = module_frame(vm, code, globals, locals);
  return f == NULL ? VM_ERROR : vm_run_frame(vm, f, out);
}

VMResult vm_run_source(VM *vm, const char *source, const char *filename,
                       ObjDict *globals, bool repl_mode) {
  ObjCode *code = vm_compile(vm, source, filename, repl_mode ? PARSE_REPL : PARSE_FILE);
  if (code == NULL) return VM_ERROR;
  Value result;
  return vm_run_code(vm, code, globals ? globals : vm->main_module->dict, &result);
}

/* }====================================================== */

/* {====================================================== creation */

static void intern_names(VM *vm) {
  vm->s_init = str_intern(vm, "__init__", 8);
  vm->s_repr = str_intern(vm, "__repr__", 8);
  vm->s_str = str_intern(vm, "__str__", 7);
  vm->s_name = str_intern(vm, "name", 4);
  vm->s_main = str_intern(vm, "__main__", 8);
  vm->s_module = str_intern(vm, "__module__", 10);
  vm->s_value = str_intern(vm, "value", 5);
  vm->s_await = str_intern(vm, "__await__", 9);
  vm->s_send = str_intern(vm, "send", 4);
  vm->s_throw = str_intern(vm, "throw", 5);
  vm->s_close = str_intern(vm, "close", 5);
  vm->s_next = str_intern(vm, "__next__", 8);
  vm->s_iter = str_intern(vm, "__iter__", 8);
  vm->s_empty = str_intern(vm, "", 0);
  vm->s_dunder_name = str_intern(vm, "__name__", 8);
  vm->s_setattr = str_intern(vm, "__setattr__", 11);
}

/* {====================================================== Ctrl-C */

volatile sig_atomic_t vm_sigint_pending = 0;
static volatile sig_atomic_t vm_timeout_fired = 0;   /* --timeout's timer went off */
static double timeout_seconds;

/* SIGALRM of --timeout: the first one sets the flag the VM checks; if the
** VM has not acted on it two ticks later (two seconds: C code running a
** long loop without checks), end the process here, with async-signal-safe
** calls only. */
static void on_timeout(int sig) {
  (void)sig;
  if (vm_timeout_fired++ >= 2) {
    static const char msg[] = "orrery: timeout: the program ran longer than --timeout allows\n";
    ssize_t r = write(STDERR_FILENO, msg, sizeof msg - 1);
    (void)r;
    _exit(1);
  }
  vm_sigint_pending = 1;
}

bool vm_set_timeout(double seconds) {
  timeout_seconds = seconds;
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_timeout;
  sigemptyset(&sa.sa_mask);
  sa.sa_flags = 0;                    /* no SA_RESTART: sleeps end with EINTR */
  if (sigaction(SIGALRM, &sa, NULL) != 0) return false;
  struct itimerval it;
  memset(&it, 0, sizeof it);
  it.it_value.tv_sec = (time_t)seconds;
  it.it_value.tv_usec = (suseconds_t)((seconds - (double)it.it_value.tv_sec) * 1e6);
  if (it.it_value.tv_sec == 0 && it.it_value.tv_usec == 0) it.it_value.tv_usec = 1;
  it.it_interval.tv_sec = 1;          /* the grace period, then on_timeout exits */
  return setitimer(ITIMER_REAL, &it, NULL) == 0;
}

#if CFG_FUZZ
void vm_budget_exhaust(void) {
  vm_budget_left = 0;
  vm_sigint_pending = 1;
}
#endif

static void on_sigint(int sig) {
  (void)sig;
  vm_sigint_pending = 1;
}

void vm_install_sigint(void) {
  struct sigaction old;
  if (sigaction(SIGINT, NULL, &old) == 0 && old.sa_handler == SIG_IGN) return;
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_sigint;
  sigemptyset(&sa.sa_mask);
  sa.sa_flags = 0;                    /* no SA_RESTART: sleeps end with EINTR */
  sigaction(SIGINT, &sa, NULL);
}

bool vm_handle_sigint(VM *vm) {
  vm_sigint_pending = 0;
  if (vm_timeout_fired) {
    fflush(stdout);
    fprintf(stderr, "orrery: timeout: the program ran longer than %g seconds (--timeout)\n",
            timeout_seconds);
    fflush(stderr);
    exit(1);
  }
#if CFG_FUZZ
  if (vm_budget_left == 0) {
    vm_budget_left = 1;               /* the next check raises again */
    return vm_raise(vm, vm->exc_RuntimeError, "fuzz: instruction budget exhausted");
  }
#endif
  if (vm->sigint_hook) return vm->sigint_hook(vm);
  ObjException *e = exc_new(vm, vm->exc_KeyboardInterrupt, NULL);
  if (e == NULL) return false;
  return vm_raise_value(vm, OBJ_VAL(e));
}

/* }====================================================== */

VM *vm_new(void) {
  VM *vm = calloc(1, sizeof(VM));
  if (vm == NULL) return NULL;
  vm->exception = UNDEF_VAL;
  vm->gc_disabled = true;
  gc_init(vm);
  /* Bootstrap: the intern table and the first classes exist before the
  ** classes they are instances of; fix their class pointers afterwards. */
  vm->strings = dict_new(vm);
#define X(f, n, b, k) vm->t_##f = class_new(vm, n, NULL, k);
  BUILTIN_TYPES(X)
#undef X
  /* Link each class to its base (X-macro rows name bases by field; the
  ** roots name NULL, spelled t_NULL / exc_NULL here). */
#define t_NULL t_object
#define exc_NULL t_object
#define X(f, n, b, k) vm->t_##f->base = vm->t_##b;
  BUILTIN_TYPES(X)
#undef X
#define X(n, b) vm->exc_##n = class_new(vm, #n, NULL, OBJ_EXCEPTION);
  BUILTIN_EXCEPTIONS(X)
#undef X
#define X(n, b) vm->exc_##n->base = vm->exc_##b;
  BUILTIN_EXCEPTIONS(X)
#undef X
#undef t_NULL
#undef exc_NULL
  vm->t_object->base = NULL;
  for (Obj *o = vm->objects; o != NULL; o = o->next) {
    if (o->cls != NULL) continue;
    if (o->kind == OBJ_STR) o->cls = vm->t_str;
    else if (o->kind == OBJ_DICT) o->cls = vm->t_dict;
    else if (o->kind == OBJ_CLASS) o->cls = vm->t_type;
  }
  intern_names(vm);
  vm->builtins = dict_new(vm);
  vm->modules = dict_new(vm);
  vm->argv = list_new(vm, 0);
  vm->main_module = module_new(vm, vm->s_main);
  if (vm->main_module == NULL || !runtime_init(vm)) {
    fputs("orrery: cannot initialise the runtime\n", stderr);
    return NULL;
  }
  dict_set_cstr(vm, vm->modules, "__main__", OBJ_VAL(vm->main_module));
  vm->memory_error = exc_new(vm, vm->exc_MemoryError, NULL);
  define_native(vm, vm->builtins, "__build_class__", build_class);
  coro_init_types(vm);
  frame_init_type(vm);
  vm->gc_disabled = false;
  return vm;
}

void vm_free(VM *vm) {
  if (vm == NULL) return;
  runtime_free(vm);
  vm->frame = NULL;
  gc_free_all(vm);
  free(vm->roots);
  free(vm);
}

/* }====================================================== */
