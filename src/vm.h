/*
** vm.h -- the virtual machine: its state, the dispatch loop's entry points,
** calls from C, and raising exceptions.
**
** Contract of every C function that can fail: it raises (vm_raise*, which
** stores the exception in vm->exception) and returns false / NULL / -1;
** the caller passes the failure up.  Nothing in the VM prints by itself:
** uncaught exceptions are reported by the driver through src/diag.h.
*/
#ifndef SRC_VM_H
#define SRC_VM_H

#include <signal.h>

#include "src/common.h"
#include "src/object.h"
#include "src/frame.h"

/* gc_alloc recycles blocks of up to GC_POOL_CLASSES * GC_GRAIN bytes
** (src/gc.c). */
#define GC_GRAIN 16
#define GC_POOL_CLASSES 16

/* The builtin classes: X(field, python_name, base_field, kind). */
#define BUILTIN_TYPES(X) \
  X(object,   "object",   NULL,    OBJ_INSTANCE) \
  X(type,     "type",     object,  OBJ_CLASS) \
  X(NoneType, "NoneType", object,  OBJ_INSTANCE) \
  X(int,      "int",      object,  OBJ_INSTANCE) \
  X(bool,     "bool",     int,     OBJ_INSTANCE) \
  X(float,    "float",    object,  OBJ_INSTANCE) \
  X(str,      "str",      object,  OBJ_STR) \
  X(tuple,    "tuple",    object,  OBJ_TUPLE) \
  X(list,     "list",     object,  OBJ_LIST) \
  X(dict,     "dict",     object,  OBJ_DICT) \
  X(set,      "set",      object,  OBJ_SET) \
  X(frozenset,"frozenset",object,  OBJ_SET) \
  X(function, "function", object,  OBJ_FUNCTION) \
  X(builtin_function, "builtin_function_or_method", object, OBJ_NATIVE) \
  X(method,   "method",   object,  OBJ_BOUND_METHOD) \
  X(code,     "code",     object,  OBJ_CODE) \
  X(module,   "module",   object,  OBJ_MODULE) \
  X(coroutine,"coroutine",object,  OBJ_CORO) \
  X(generator,"generator",object,  OBJ_CORO) \
  X(frame,    "frame",    object,  OBJ_FRAME) \
  X(cell,     "cell",     object,  OBJ_CELL) \
  X(traceback,"traceback",object,  OBJ_TRACEBACK) \
  X(range,    "range",    object,  OBJ_RANGE) \
  X(iterator, "iterator", object,  OBJ_NATIVE_ITER) \
  X(property, "property", object,  OBJ_PROPERTY) \
  X(super,    "super",    object,  OBJ_SUPER) \
  X(coroutine_wrapper, "coroutine_wrapper", object, OBJ_CORO_WRAPPER) \
  X(async_generator, "async_generator", object, OBJ_CORO) \
  X(async_generator_asend, "async_generator_asend", object, OBJ_ASYNC_GEN_OP) \
  X(async_generator_athrow, "async_generator_athrow", object, OBJ_ASYNC_GEN_OP) \
  X(anext_awaitable, "anext_awaitable", object, OBJ_ANEXT_AWAITABLE)

/* The builtin exception classes: X(name, base).  Order: bases first.
** (EOFError is made by runtime/; EnvironmentError and IOError are aliases
** of OSError in builtins.  With single inheritance, ExceptionGroup derives
** from Exception only, not also from BaseExceptionGroup as in CPython.) */
#define BUILTIN_EXCEPTIONS(X) \
  X(BaseException, NULL) \
  X(Exception, BaseException) \
  X(GeneratorExit, BaseException) \
  X(KeyboardInterrupt, BaseException) \
  X(SystemExit, BaseException) \
  X(ArithmeticError, Exception) \
  X(ZeroDivisionError, ArithmeticError) \
  X(OverflowError, ArithmeticError) \
  X(FloatingPointError, ArithmeticError) \
  X(AssertionError, Exception) \
  X(AttributeError, Exception) \
  X(BufferError, Exception) \
  X(ReferenceError, Exception) \
  X(SystemError, Exception) \
  X(LookupError, Exception) \
  X(IndexError, LookupError) \
  X(KeyError, LookupError) \
  X(MemoryError, Exception) \
  X(NameError, Exception) \
  X(UnboundLocalError, NameError) \
  X(OSError, Exception) \
  X(TimeoutError, OSError) \
  X(BlockingIOError, OSError) \
  X(ChildProcessError, OSError) \
  X(ConnectionError, OSError) \
  X(BrokenPipeError, ConnectionError) \
  X(ConnectionAbortedError, ConnectionError) \
  X(ConnectionRefusedError, ConnectionError) \
  X(ConnectionResetError, ConnectionError) \
  X(FileExistsError, OSError) \
  X(FileNotFoundError, OSError) \
  X(InterruptedError, OSError) \
  X(IsADirectoryError, OSError) \
  X(NotADirectoryError, OSError) \
  X(PermissionError, OSError) \
  X(ProcessLookupError, OSError) \
  X(RuntimeError, Exception) \
  X(NotImplementedError, RuntimeError) \
  X(RecursionError, RuntimeError) \
  X(StopIteration, Exception) \
  X(StopAsyncIteration, Exception) \
  X(SyntaxError, Exception) \
  X(IndentationError, SyntaxError) \
  X(TabError, IndentationError) \
  X(TypeError, Exception) \
  X(ValueError, Exception) \
  X(UnicodeError, ValueError) \
  X(UnicodeDecodeError, UnicodeError) \
  X(UnicodeEncodeError, UnicodeError) \
  X(UnicodeTranslateError, UnicodeError) \
  X(ImportError, Exception) \
  X(ModuleNotFoundError, ImportError) \
  X(Warning, Exception) \
  X(RuntimeWarning, Warning) \
  X(DeprecationWarning, Warning) \
  X(UserWarning, Warning) \
  X(SyntaxWarning, Warning) \
  X(FutureWarning, Warning) \
  X(PendingDeprecationWarning, Warning) \
  X(ImportWarning, Warning) \
  X(UnicodeWarning, Warning) \
  X(BytesWarning, Warning) \
  X(ResourceWarning, Warning) \
  X(EncodingWarning, Warning) \
  X(BaseExceptionGroup, BaseException) \
  X(ExceptionGroup, Exception)

typedef enum {
  VM_RETURN,    /* the frame returned: *out is the return value */
  VM_SUSPEND,   /* a generator/coroutine yielded: *out is the yielded value */
  VM_ERROR,     /* an exception escaped: it is in vm->exception */
} VMResult;

/* An event observed through the one hook (DESIGN.md §7). */
typedef enum {
  EV_RESUME, EV_SUSPEND, EV_RETURN, EV_THROW, EV_HANDLE_RUN, EV_TIMER_ADD,
  EV_TASK_NEW, EV_TASK_DONE, EV_TASK_CANCEL,
} EventKind;
typedef void (*EventHook)(VM *vm, EventKind kind, Value subject, Value detail);

struct VM {
  /* --- execution --- */
  Frame *frame;                /* innermost frame on the chain, or NULL */
  int depth;                   /* Python frames on the chain */
  int c_depth;                 /* C-level runs of the dispatch loop */
  Value exception;             /* the pending exception (an ObjException) or UNDEF */

  /* --- namespaces --- */
  ObjDict *builtins;           /* the builtins module's dict */
  ObjDict *modules;            /* sys.modules: name -> module */
  ObjModule *main_module;      /* __main__ */
  ObjDict *strings;            /* interned strs (weak: swept) */
  ObjList *argv;               /* sys.argv */

  /* --- builtin classes --- */
#define X(f, n, b, k) ObjClass *t_##f;
  BUILTIN_TYPES(X)
#undef X
#define X(n, b) ObjClass *exc_##n;
  BUILTIN_EXCEPTIONS(X)
#undef X
  ObjClass *exc_CancelledError;    /* asyncio.CancelledError (BaseException) */
  ObjClass *exc_InvalidStateError; /* asyncio.InvalidStateError */
  ObjException *memory_error;      /* the MemoryError raised when memory runs out */

  /* --- frequently used interned names --- */
  ObjStr *s_init, *s_repr, *s_str, *s_name, *s_main, *s_module, *s_value,
         *s_await, *s_send, *s_throw, *s_close, *s_next, *s_iter,
         *s_empty, *s_dunder_name, *s_setattr;

  /* --- collector --- */
  Obj *objects;                /* all-objects list */
  size_t bytes_allocated;
  size_t next_gc;
  bool safe_point_due;         /* the next safe point has work: bytes_allocated
                                  passed next_gc, or finalizers are queued.  Set
                                  where either happens (src/gc.c), recomputed by
                                  gc_maybe_collect; one load for the VM's
                                  backward jumps and calls to test */
  size_t max_memory;           /* --max-memory: MemoryError past this many bytes (0: no cap) */
  struct FreeBlock *free_blocks[GC_POOL_CLASSES + 1];   /* gc_alloc's recycled blocks, by size class */
  struct PoolChunk *pool_chunks; /* the chunks new small blocks are cut from (src/gc.c) */
  char *pool_next, *pool_end;  /* the part of the newest chunk not cut yet */
  ObjCoro *coro_free;          /* finished await_only coroutines for coro_new to reuse
                                  (linked through next_free; emptied by each
                                  collection, which frees them) */
  Obj **gray;                  /* the gray stack */
  int gray_count, gray_capacity;
  Value *roots;                /* explicit root stack for C code */
  int root_count, root_capacity;
  void (**root_markers)(VM *vm);
  int root_marker_count;
  void (**weak_sweepers)(VM *vm); /* gc_add_weak_sweeper: drop unmarked weak entries */
  int weak_sweeper_count;
  /* An async generator's first __anext__/asend/athrow/aclose (CPython's
     async_gen_init_hooks calling sys.set_asyncgen_hooks' firstiter): the
     event loop registers it (runtime/asyncio.c); false after raising. */
  bool (*asyncgen_firstiter)(VM *vm, ObjCoro *gen);
  bool gc_disabled;            /* while initialising */
  Obj **fin_queue;             /* objects whose finalizer must run (rooted) */
  int fin_count, fin_capacity;
  bool in_finalizers;          /* gc_run_finalizers is running */
  /* Ctrl-C while asyncio.run runs: its Runner's handler (runtime/asyncio.c);
     returns false with KeyboardInterrupt raised, true if it dealt with it. */
  bool (*sigint_hook)(VM *vm);

  /* --- observability --- */
  EventHook hook;              /* NULL when nobody listens */

  /* --- runtime/ state (opaque to src/) --- */
  void *runtime;               /* runtime/'s own state (runtime/runtime.c) */
  void *asyncio;               /* the asyncio state (runtime/asyncio.c): loops, policy */
  bool virtual_clock;          /* --virtual-clock */
  const char *script_path;     /* argv[0] of the script, for sys.argv */
};

/* Create / destroy a VM with builtins and runtime modules ready. */
VM *vm_new(void);
void vm_free(VM *vm);

/* Compile and run [source] as module __main__ (or [module_name]), with
** [filename] for tracebacks.  Returns VM_RETURN or VM_ERROR (a SyntaxError
** is an exception too: see diag_report_exception).  [globals] NULL means
** the main module's dict. */
VMResult vm_run_source(VM *vm, const char *source, const char *filename,
                       ObjDict *globals, bool repl_mode);

/* Compile [source] in [mode] (a ParseMode) to a module code object; on a
** syntax error raise SyntaxError (with filename, lineno, offset,
** end_lineno, end_offset, msg attributes) and return NULL. */
ObjCode *vm_compile(VM *vm, const char *source, const char *filename, int mode);

/* Run module-level [code] with [globals] as globals and locals.  Code with
** top-level await (REPL) is not run: *out is its new coroutine and the
** result is VM_SUSPEND. */
VMResult vm_run_code(VM *vm, ObjCode *code, ObjDict *globals, Value *out);

/* Run [code] with [globals] and [locals] as its namespaces (eval() and
** exec(); locals may be globals).  VM_RETURN with its value in *out, or
** VM_ERROR with an exception pending. */
VMResult vm_run_code_in(VM *vm, ObjCode *code, ObjDict *globals, ObjDict *locals, Value *out);

/* Call [callee] (any callable) with [argc] positional [args] and optional
** [kwargs] from C.  Re-enters the dispatch loop if callee is Python code.
** Returns true with the result in *out, or false with an exception pending.
** The caller must keep [callee] and [args] rooted (e.g. on vm->roots). */
bool vm_call(VM *vm, Value callee, int argc, Value *args, ObjDict *kwargs, Value *out);

/* Call a method [name] of [self] with argc args (self not included). */
bool vm_call_method(VM *vm, Value self, ObjStr *name, int argc, Value *args, Value *out);

/* Push a frame prepared by the caller and run it to completion (or to its
** first yield, for coroutine frames).  Used by coro.c. */
VMResult vm_run_frame(VM *vm, Frame *frame, Value *out);

/* Resume a suspended generator/coroutine frame from C: with [throwing],
** vm->exception is raised at the instruction it is suspended at (throw()),
** else it goes on at its ip (the caller pushed the sent value). */
VMResult vm_resume_frame(VM *vm, Frame *frame, bool throwing, Value *out);

/* ---- raising ---- */

/* Raise a new exception of [cls] with a printf-formatted message; returns
** false so callers can write `return vm_raise(...)`. */
bool vm_raise(VM *vm, ObjClass *cls, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
/* Raise MemoryError (no arguments, as CPython's PyErr_NoMemory) without
** allocating: the VM keeps one instance for this.  Returns false. */
bool vm_raise_memory(VM *vm);

/* ---- Ctrl-C ---- */

/* Set by the SIGINT handler (vm_install_sigint); the dispatch loop tests it
** at backward jumps and calls, time.sleep and the event loop's wait after
** an interrupted sleep.  Nothing else is done in the handler. */
extern volatile sig_atomic_t vm_sigint_pending;
/* Install the SIGINT handler, unless SIGINT is ignored (as CPython). */
void vm_install_sigint(void);
/* Act on a pending Ctrl-C (clears the flag): the VM's sigint_hook if one is
** set (asyncio.run cancels its main task, as 3.11's Runner), else raise
** KeyboardInterrupt.  False with the exception pending. */
bool vm_handle_sigint(VM *vm);

/* --timeout: arm a real-time timer of [seconds] (> 0).  When it fires it
** sets vm_sigint_pending with the reason "timeout", so it is noticed where
** Ctrl-C is (no per-instruction cost); vm_handle_sigint then prints
** "orrery: timeout: ..." on stderr and exits with status 1.  If nothing
** noticed it two seconds later (C code looping without a check), the
** signal handler itself writes the message and ends the process.  Returns false if
** the timer cannot be armed. */
bool vm_set_timeout(double seconds);

#if CFG_FUZZ
/* The fuzz harness's instruction budget: every backward jump and call
** spends one tick; at zero, the next check raises RuntimeError("fuzz:
** instruction budget exhausted"), and again at every later check, so a
** runaway program ends even if it catches the exception.  UINT64_MAX means
** no budget.  vm_budget_exhaust() spends it all at once (a wait that could
** never end, such as a loop with nothing to do under the virtual clock). */
extern uint64_t vm_budget_left;
void vm_budget_exhaust(void);
#endif

/* Raise an existing exception object or class (as `raise X`). */
bool vm_raise_value(VM *vm, Value exc);
/* Is the pending exception an instance of [cls]? */
bool vm_exception_matches(VM *vm, ObjClass *cls);
/* Take the pending exception (leaving none). */
Value vm_take_exception(VM *vm);
/* The exception being handled in the innermost frame that handles one
** (sys.exc_info()[1]), or NONE_VAL. */
Value vm_handled_exception(VM *vm);

/* ---- roots for C code (see gc.h) ---- */
/* Grow vm->roots (exits when memory runs out: a collection needs it). */
void vm_grow_roots(VM *vm);
/* Keep [v] alive until the matching vm_pop_root: C code holding a value
** across an allocation pushes it.  Inline: the loop and the futures push
** and pop on every task step. */
static inline void vm_push_root(VM *vm, Value v) {
  if (vm->root_count == vm->root_capacity) vm_grow_roots(vm);
  vm->roots[vm->root_count++] = v;
}
/* Drop the [n] roots pushed last. */
static inline void vm_pop_root(VM *vm, int n) { vm->root_count -= n; }

/* ---- observability ---- */
static inline void vm_emit(VM *vm, EventKind kind, Value subject, Value detail) {
  if (vm->hook) vm->hook(vm, kind, subject, detail);
}

#endif
