/*
** object.h -- the heap objects of orrery.
**
** Every heap object starts with an Obj header: its kind (which C struct it
** is), its Python class (what type(x) returns), a mark bit for the
** collector, and the link of the all-objects list the collector sweeps.
** Kinds belong to C; classes belong to Python: an instance of a user
** subclass of Exception has kind OBJ_EXCEPTION and its own class.
**
** Allocation never collects.  The collector runs only at safe points of the
** dispatch loop (see src/gc.h), so C code may hold fresh objects in locals
** freely, as long as it roots them (vm_push_root) before it calls anything
** that can run Python code (vm_call, coro_resume, a Python __repr__ ...).
*/
#ifndef SRC_OBJECT_H
#define SRC_OBJECT_H

#include "src/common.h"
#include "src/value.h"

typedef struct GlobalCache GlobalCache;
typedef struct ClassSiteCache ClassSiteCache;

typedef enum {
  OBJ_STR,
  OBJ_TUPLE,
  OBJ_LIST,
  OBJ_DICT,
  OBJ_SET,            /* set and frozenset (issue: the whole language) */
  OBJ_CODE,
  OBJ_FUNCTION,       /* a Python function: code + globals + defaults + closure */
  OBJ_NATIVE,         /* a C function (builtin_function_or_method) */
  OBJ_BOUND_METHOD,   /* a function bound to its self */
  OBJ_CLASS,          /* a type: builtin or user-defined */
  OBJ_INSTANCE,       /* an instance of a user class */
  OBJ_EXCEPTION,      /* an instance of BaseException or a subclass */
  OBJ_TRACEBACK,      /* one traceback entry (frame position), linked */
  OBJ_MODULE,
  OBJ_CORO,           /* a coroutine or a generator: owns a suspended Frame */
  OBJ_FRAME,          /* a heap activation record */
  OBJ_CELL,           /* a closure cell */
  OBJ_RANGE,
  OBJ_NATIVE_ITER,    /* an iterator implemented in C (list, tuple, range, ...) */
  OBJ_PROPERTY,       /* property / staticmethod / classmethod wrappers */
  OBJ_BIGINT,         /* an int beyond int64 (runtime/bigint.h); cls int */
  OBJ_SUPER,          /* what super() returns: lookups start past a class */
  OBJ_CORO_WRAPPER,   /* what coroutine.__await__() returns: an iterator over it */
  OBJ_ASYNC_GEN_OP,   /* an awaitable step of an async generator: asend/athrow/aclose */
  OBJ_ANEXT_AWAITABLE,/* what anext(aiterator, default) returns (runtime/builtins.c) */
  /* Kinds owned by runtime/ (their structs live in runtime/ headers). */
  OBJ_FUTURE,         /* asyncio.Future and asyncio.Task (a Task is a Future) */
  OBJ_FUTURE_ITER,    /* what `await future` iterates: yields the future once */
  OBJ_LOOP,           /* an event loop */
  OBJ_HANDLE,         /* asyncio.Handle / TimerHandle */
  OBJ_RUNTIME,        /* any other runtime/ object, with its own KindOps */
  OBJ__COUNT
} ObjKind;

struct Obj {
  uint8_t kind;        /* which C struct this is (an ObjKind) */
  bool marked;         /* reached in the current collection? */
  uint16_t spare;
  uint32_t hash_id;    /* identity hash, given on first use (0: none yet) */
  ObjClass *cls;       /* type(x) */
  struct Obj *next;    /* all-objects list, swept by the collector */
};

/* ----------------------------------------------------------------- str */

/* An immutable str: UTF-8 bytes, NUL-terminated for C's convenience. */
struct ObjStr {
  Obj obj;
  size_t len;          /* bytes, without the NUL */
  size_t length;       /* code points (what len() returns) */
  uint64_t hash;       /* 0 until computed */
  bool interned;       /* in vm->strings? */
  char chars[];        /* len bytes + NUL */
};

/* ---------------------------------------------------------- containers */

struct ObjTuple {
  Obj obj;
  size_t count;
  Value items[];
};

struct ObjList {
  Obj obj;
  size_t count;
  size_t capacity;
  Value *items;
};

/* One dict entry; entries keep insertion order, deleted ones have UNDEF key. */
typedef struct {
  Value key;
  Value value;
  uint64_t hash;
} DictEntry;

/* A dict: a compact ordered hash table, as CPython's since 3.6.  [index]
** maps a hash slot to an entry number (-1 empty, -2 deleted); [entries] keeps
** insertion order. */
struct ObjDict {
  Obj obj;
  size_t count;        /* live entries */
  size_t used;         /* entries[] slots used, live or deleted */
  size_t capacity;     /* entries[] size */
  size_t index_size;   /* power of two, or 0 */
  int32_t *index;
  DictEntry *entries;
  uint64_t version;    /* changes with every store or delete (dict_set, dict_del):
                          a fresh number from one counter, so equal versions mean
                          the same dict, unchanged (0: never written) */
  bool class_dict;     /* a class_lookup answer depends on it: changing it
                          empties the class lookup cache */
  uint64_t key_bits;   /* bit DICT_KEY_BIT(hash) is set for the hash of every key
                          ever stored (never cleared): a clear bit proves a key
                          absent without probing, the common answer when
                          LOAD_METHOD asks an instance whether it shadows a method */
};

/* Which bit of ObjDict.key_bits stands for a key of hash [h]: six high
** bits (str hashes keep bit 63 clear), which the index (the low bits) does
** not use first. */
#define DICT_KEY_BIT(h) ((uint64_t)1 << (((h) >> 56) & 63))

/* Could [d] hold the str [key]?  false proves it absent (see key_bits);
** true means: probe to know.  Inline for the dispatch loop's hot paths. */
static inline bool dict_may_hold_str(ObjDict *d, ObjStr *key) {
  return key->hash == 0 || (d->key_bits & DICT_KEY_BIT(key->hash)) != 0;
}

/* --------------------------------------------------------------- code */

/* Flags of a code object, as CPython's co_flags. */
enum {
  CO_OPTIMIZED = 0x01,     /* a function body: fast locals */
  CO_NEWLOCALS = 0x02,     /* a function body: a fresh locals namespace */
  CO_VARARGS = 0x04,
  CO_VARKEYWORDS = 0x08,
  CO_NESTED = 0x10,
  CO_GENERATOR = 0x20,
  CO_COROUTINE = 0x80,
  CO_ITERABLE_COROUTINE = 0x100,   /* a generator that may be awaited (types.coroutine) */
  CO_ASYNC_GENERATOR = 0x200,
};

/* The source position of one run of instructions: from [offset] up to the
** next entry's offset.  Lines are 1-based, columns 0-based byte offsets into
** the line (as CPython's co_positions), -1 when unknown. */
typedef struct {
  uint32_t offset;
  int32_t line, end_line;
  int32_t col, end_col;
} CodePosition;

/* A compiled function body or module: bytecode and what it refers to. */
struct ObjCode {
  Obj obj;
  ObjStr *name;            /* co_name: 'f', '<module>', '<lambda>' */
  ObjStr *qualname;        /* co_qualname: 'C.f', 'outer.<locals>.inner' */
  ObjStr *filename;        /* co_filename */
  int firstlineno;
  int flags;               /* CO_* */
  int argcount;            /* positional parameters, including positional-only */
  int posonlyargcount;
  int kwonlyargcount;
  int nlocals;             /* fast locals: parameters first (positional, kw-only,
                              *args, **kwargs), then other locals */
  int ncells;              /* cells created by this frame (cellvars) */
  int nfrees;              /* cells received through the closure (freevars) */
  int stacksize;           /* maximum value-stack depth */
  int nfixed;              /* nlocals + ncells + nfrees: the slots of a frame
                              before its value stack */
  int maxblocks;           /* maximum depth of SETUP_FINALLY blocks */
  bool simple_call;        /* a plain function: called with exactly argcount
                              positional arguments it needs no binding (no
                              *args, **kwargs, keyword-only parameters or
                              closure cells) and runs at once (not a generator
                              or coroutine): CALL's fast path */
  bool simple_make;        /* the same for a generator, coroutine or async
                              generator function: CALL makes the object
                              without the general binding path */
  ObjTuple *varnames;      /* nlocals names */
  ObjTuple *cellvars;      /* ncells names; a cellvar that is also a parameter
                              is copied from its local slot at frame start */
  int *cell2arg;           /* per cellvar: parameter slot to copy, or -1; NULL if none */
  ObjTuple *freevars;      /* nfrees names */
  ObjTuple *consts;        /* constants: None, ints, floats, strs, code objects,
                              tuples of kwnames */
  ObjTuple *names;         /* global / attribute / import names (strs) */
  uint8_t *code;           /* bytecode, see src/opcodes.def for the encoding */
  uint32_t code_len;
  CodePosition *positions; /* sorted by offset */
  uint32_t npositions;
  Frame *frame_cache;      /* finished frames kept for the next calls (a list
                              linked through Frame.caller), or NULL */
  GlobalCache *global_cache; /* LOAD_GLOBAL's cache, one entry per names[] item,
                              made on first use (src/vm.c), or NULL */
  uint32_t nglobal_cache;  /* its length (names may be freed first by a sweep) */
  uint32_t nname_hints;    /* the length of name_hints (likewise) */
  uint32_t *name_hints;    /* per names[] item: the dict entry number where
                              LOAD_NAME / STORE_NAME / LOAD_ATTR last found it
                              (dict_get_str_hint), made on first use, or NULL */
  ClassSiteCache *class_sites; /* per names[] item: what the class lookup of
                              LOAD_ATTR / LOAD_METHOD / STORE_ATTR found for
                              that name last time (src/vm.c), made on first
                              use, or NULL */
  uint32_t nclass_sites;   /* its length */
};

/* What LOAD_GLOBAL found for one name, and the dict versions it holds for:
** the value came from globals if builtins_version is 0, else from the
** builtins, with the name absent from globals.  Not traced by the
** collector: while the versions match, the dict still holds the value. */
struct GlobalCache {
  uint64_t globals_version;
  uint64_t builtins_version;
  Value value;
};

/* What class_lookup(cls, name) answered for one name at the attribute
** instructions of one code object, while class_epoch was [epoch]: an
** attribute site almost always sees one class, so this answers without the
** class cache's hash (CPython 3.11 keeps such a cache inline after
** LOAD_METHOD).  Not traced by the collector: every collection starts a
** new epoch, so a freed class is never matched. */
struct ClassSiteCache {
  ObjClass *cls;
  uint64_t epoch;
  Value value;             /* the attribute found, or UNDEF when absent */
  /* What the instructions' short paths need to know, worked out once: */
  bool method;             /* LOAD_METHOD: value is a function or a C function,
                              and the class's objects take their methods from
                              it (not a module, class, function ...) */
  bool instance_get;       /* LOAD_ATTR: the objects are instances and nothing
                              on the class takes precedence over their dict
                              (no property of that name, not a dunder name) */
  bool instance_set;       /* STORE_ATTR: the objects are instances, no
                              property of that name, no __setattr__ of the
                              class's own: a store goes straight to the dict */
};

/* ---------------------------------------------------- functions, calls */

/* A Python function object. */
struct ObjFunction {
  Obj obj;
  ObjCode *code;
  ObjDict *globals;        /* the module namespace it was defined in */
  ObjStr *name;            /* __name__ */
  ObjStr *qualname;        /* __qualname__ */
  ObjTuple *defaults;      /* positional defaults (right-aligned), or NULL */
  ObjDict *kwdefaults;     /* keyword-only defaults, or NULL */
  ObjTuple *closure;       /* nfrees cells, or NULL */
  ObjDict *dict;           /* __dict__, or NULL until first set */
  ObjModule *module;       /* for __module__; may be NULL */
};

/*
** A C function.  Called with [argc] positional arguments in [args] (owned by
** the caller, valid for the call) and [kwargs] (a dict of str -> value, or
** NULL when there are none).  On success it stores the result in [*out] and
** returns true; on error it raises (vm_raise...) and returns false.
** [self] is the native's bound data (the state of a C callback made with
** native_new), UNDEF for a plain function.
**
** Methods: a native stored in a class dict is a method; when called through
** an instance (obj.m(...) or a bound method), the receiver is args[0] and
** argc counts it, as for Python functions.
*/
typedef bool (*NativeFn)(VM *vm, Value self, int argc, Value *args,
                         ObjDict *kwargs, Value *out);

struct ObjNative {
  Obj obj;
  NativeFn fn;
  const char *name;        /* __name__ (static C string) */
  Value self;              /* bound data, or UNDEF */
  ObjClass *owner;         /* class it is a method of (for reprs), or NULL */
};

struct ObjBoundMethod {
  Obj obj;
  Value self;
  Value func;              /* an ObjFunction or ObjNative */
};

/* A closure cell. */
struct ObjCell {
  Obj obj;
  Value value;             /* UNDEF when empty */
};

/* ------------------------------------------------------ classes, instances */

struct ObjClass {
  Obj obj;
  ObjStr *name;            /* __name__ */
  ObjStr *qualname;
  ObjClass *base;          /* single inheritance; NULL only for object */
  ObjDict *dict;           /* methods and class attributes */
  ObjKind instance_kind;   /* kind of the objects it makes: OBJ_INSTANCE for
                              plain user classes, OBJ_EXCEPTION below
                              BaseException, the builtin kind for builtins */
  ObjStr *module;          /* __module__ ('builtins', 'asyncio', '__main__') */
  bool is_builtin;         /* defined in C */
};

struct ObjInstance {
  Obj obj;
  ObjDict *dict;           /* __dict__ */
};

/* One frame's entry in a traceback: a linked list from the outermost frame
** (the head) to the innermost, where the exception was raised. */
struct ObjTraceback {
  Obj obj;
  ObjTraceback *next;      /* toward the innermost frame, or NULL */
  ObjCode *code;
  uint32_t offset;         /* the instruction that raised or called */
};

struct ObjException {
  Obj obj;
  ObjTuple *args;          /* e.args */
  ObjDict *dict;           /* other attributes (e.g. StopIteration.value), or NULL */
  ObjTraceback *traceback; /* __traceback__, or NULL */
  Value context;           /* __context__: NONE_VAL or an exception */
  Value cause;             /* __cause__: NONE_VAL or an exception */
  bool suppress_context;   /* __suppress_context__ */
  ObjDict *globals;        /* a NameError raised by the VM: the globals the
                              name was looked up in (for "Did you mean"), or NULL */
};

struct ObjModule {
  Obj obj;
  ObjStr *name;
  ObjDict *dict;           /* the module's globals */
  ObjStr *file;            /* __file__, or NULL for builtin modules */
};

/* --------------------------------------------------------- coroutines */

typedef enum {
  CORO_CREATED,            /* never started: only send(None) is allowed */
  CORO_SUSPENDED,          /* stopped at a yield */
  CORO_RUNNING,            /* executing now (its frame is on the frame chain) */
  CORO_CLOSED,             /* returned, raised, or closed; frame released */
} CoroState;

/* A coroutine (cls coroutine) or a generator (cls generator).  It owns its
** frame while it is not running; see src/coro.h.
** 48 bytes (a sleeping task holds one): its __name__ and __qualname__ are
** the function's, which are almost always its code's, so they cost nothing
** then -- [info] is the code object itself; only when the function was
** renamed (f.__name__ = ..., functools.wraps) is [info] a tuple (code,
** name, qualname).  Read them with coro_code, coro_name, coro_qualname. */
struct ObjCoro {
  Obj obj;
  union {
    Frame *frame;          /* NULL once closed */
    ObjCoro *next_free;    /* on vm->coro_free (finished, unreachable): the next one */
  };
  Obj *info;               /* an ObjCode (names: its co_name, co_qualname) or an
                              ObjTuple (code, name, qualname); kept after close,
                              for cr_code / reprs; NULL once recycled */
  uint8_t state;           /* a CoroState */
  bool is_coroutine;       /* coroutine (async def) vs generator */
  bool is_async_gen;       /* an async generator (async def with yield) */
  bool ag_hooks_inited;    /* async generator: firstiter hook already called */
  bool await_only;         /* made by `await f(...)` and never shown to Python
                              code: the await's stack slot is its only
                              reference, so it is recycled when it returns
                              (see coro_recycle) */
};

/* The code object of [co] (cr_code, gi_code), or NULL once recycled. */
static inline ObjCode *coro_code(const ObjCoro *co) {
  if (co->info == NULL || co->info->kind == OBJ_CODE) return (ObjCode *)co->info;
  return (ObjCode *)AS_OBJ(((ObjTuple *)co->info)->items[0]);
}
/* __name__ of [co] (may be NULL, as its code's co_name may). */
static inline ObjStr *coro_name(const ObjCoro *co) {
  if (co->info == NULL) return NULL;
  if (co->info->kind == OBJ_CODE) return ((ObjCode *)co->info)->name;
  Value v = ((ObjTuple *)co->info)->items[1];
  return IS_OBJ(v) ? (ObjStr *)AS_OBJ(v) : NULL;
}
/* __qualname__ of [co] (may be NULL, as its code's co_qualname may). */
static inline ObjStr *coro_qualname(const ObjCoro *co) {
  if (co->info == NULL) return NULL;
  if (co->info->kind == OBJ_CODE) return ((ObjCode *)co->info)->qualname;
  Value v = ((ObjTuple *)co->info)->items[2];
  return IS_OBJ(v) ? (ObjStr *)AS_OBJ(v) : NULL;
}

/* ------------------------------------------------------------- other */

/* super(type, obj): attribute lookups on it search the classes after
** [type] in obj's class chain and bind to [self]. */
typedef struct {
  Obj obj;
  ObjClass *type;          /* the class to start after */
  Value self;              /* the instance (or class, for classmethods) */
} ObjSuper;

/* property / staticmethod / classmethod: a descriptor found in a class dict. */
typedef enum { PROP_PROPERTY, PROP_STATICMETHOD, PROP_CLASSMETHOD } PropKind;
typedef struct {
  Obj obj;
  PropKind kind;
  Value fget;              /* the getter (property) or the wrapped function */
  Value fset;              /* setter, or UNDEF */
  Value fdel;              /* deleter, or UNDEF */
  Value doc;
  ObjStr *name;            /* property: the name it was given in a class body
                              (CPython's property.__set_name__, called when the
                              class is made), for "property 'x' of 'C' object has
                              no setter"; NULL when it was set on a class later */
} ObjProperty;

typedef struct {
  Obj obj;
  int64_t start, stop, step;
} ObjRange;

/* A C iterator over a builtin sequence.  [next] returns 1 with an item, 0
** when exhausted, -1 on error. */
typedef struct ObjNativeIter ObjNativeIter;
typedef int (*NativeIterNext)(VM *vm, ObjNativeIter *it, Value *out);
struct ObjNativeIter {
  Obj obj;
  NativeIterNext next;
  Value seq;               /* the object iterated (kept alive) */
  int64_t index;           /* position, or a counter for range */
  int64_t limit, step;     /* for ranges */
};

/* --------------------------------------------------------- constructors */
/* All of these allocate through gc_alloc (never collect) and set cls from
** vm's builtin classes.  They abort with "out of memory" only if malloc
** fails while reporting MemoryError itself; otherwise allocation failure
** raises MemoryError (they return NULL). */

ObjStr *str_new(VM *vm, const char *chars, size_t len);     /* copies */
ObjStr *str_from_cstr(VM *vm, const char *chars);
ObjStr *str_intern(VM *vm, const char *chars, size_t len);   /* unique per content */
ObjStr *str_printf(VM *vm, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
uint64_t str_hash(ObjStr *s);
bool str_eq(ObjStr *a, ObjStr *b);

ObjTuple *tuple_new(VM *vm, size_t count);                 /* items are NONE_VAL */
ObjList *list_new(VM *vm, size_t capacity);
bool list_append(VM *vm, ObjList *list, Value v);          /* false: MemoryError */

ObjDict *dict_new(VM *vm);
/* Look up [key]: 1 found (value in *out), 0 absent, -1 error (unhashable key). */
int dict_get(VM *vm, ObjDict *d, Value key, Value *out);
/* Insert or replace; false on error (unhashable key, MemoryError). */
bool dict_set(VM *vm, ObjDict *d, Value key, Value value);
/* Remove: 1 removed (old value in *out if out), 0 absent, -1 error. */
int dict_del(VM *vm, ObjDict *d, Value key, Value *out);
/* Fast paths for str keys (never fail except MemoryError). */
bool dict_get_str(ObjDict *d, ObjStr *key, Value *out);
/* dict_get_str and dict_set for a str key, trying first the entry number
** *hint (where the key was found last time: a name read by the same
** instruction is usually at the same place, even in another instance's
** dict built in the same order).  The entry's key is checked, so a stale
** hint only costs the normal lookup; *hint is updated when the key is
** found.  dict_set_str_hint fails as dict_set does. */
static inline bool dict_get_str_hint(ObjDict *d, ObjStr *key, uint32_t *hint, Value *out);
static inline bool dict_set_str_hint(VM *vm, ObjDict *d, ObjStr *key, uint32_t *hint, Value value);
/* Their misses (the hint's entry holds another key): the normal lookup. */
bool dict_get_str_hint_miss(ObjDict *d, ObjStr *key, uint32_t *hint, Value *out);
bool dict_set_str_hint_miss(VM *vm, ObjDict *d, ObjStr *key, uint32_t *hint, Value value);
/* The counter dict versions are drawn from (see ObjDict.version). */
extern uint64_t dict_versions;
/* The hits are inline: every LOAD_NAME, STORE_NAME and self.x asks. */
static inline bool dict_hint_hits(ObjDict *d, ObjStr *key, uint32_t hint) {
  return hint < d->used && IS_OBJ(d->entries[hint].key) && AS_OBJ(d->entries[hint].key) == (Obj *)key;
}
static inline bool dict_get_str_hint(ObjDict *d, ObjStr *key, uint32_t *hint, Value *out) {
  if (dict_hint_hits(d, key, *hint)) {
    *out = d->entries[*hint].value;
    return true;
  }
  return dict_get_str_hint_miss(d, key, hint, out);
}
static inline bool dict_set_str_hint(VM *vm, ObjDict *d, ObjStr *key, uint32_t *hint, Value value) {
  if (!d->class_dict && dict_hint_hits(d, key, *hint)) {
    d->entries[*hint].value = value;
    d->version = ++dict_versions;
    return true;
  }
  return dict_set_str_hint_miss(vm, d, key, hint, value);
}
bool dict_set_cstr(VM *vm, ObjDict *d, const char *key, Value value);
bool dict_get_cstr(VM *vm, ObjDict *d, const char *key, Value *out);
/* Iterate: start with *pos = 0; returns false at the end. */
bool dict_next(ObjDict *d, size_t *pos, Value *key, Value *value);

ObjFunction *function_new(VM *vm, ObjCode *code, ObjDict *globals);
ObjNative *native_new(VM *vm, const char *name, NativeFn fn, Value self);
ObjBoundMethod *bound_method_new(VM *vm, Value self, Value func);
ObjCell *cell_new(VM *vm, Value v);
ObjClass *class_new(VM *vm, const char *name, ObjClass *base, ObjKind instance_kind);
ObjInstance *instance_new(VM *vm, ObjClass *cls);
ObjModule *module_new(VM *vm, ObjStr *name);
ObjCode *code_new(VM *vm);           /* all fields zero / NULL; the compiler fills it */
ObjNativeIter *native_iter_new(VM *vm, Value seq, NativeIterNext next);

/* Is [cls] the class [base] or a subclass of it? */
bool class_is_subclass(ObjClass *cls, ObjClass *base);
/* Look a name up along the class chain (no binding); false if absent.
** Answers are cached (as CPython's type attribute cache) until a dict on
** the chain changes, a collection frees something, or
** class_cache_invalidate is called. */
static inline bool class_lookup(ObjClass *cls, ObjStr *name, Value *out);
/* class_lookup that also gives, when found, the class on the chain whose
** dict holds the name (in *where). */
static inline bool class_lookup_where(ObjClass *cls, ObjStr *name, Value *out, ObjClass **where);

/* The class lookup cache: one entry per (class, name) hash.  An entry
** holds while its epoch is the current one; changing a class dict, freeing
** objects (a class or a name could be freed and its address reused) or
** class_cache_invalidate starts a new epoch.  The hit is inline (every
** method call and self.x asks it); the walk is class_lookup_slow. */
#define CLASS_CACHE_SIZE 4096   /* a power of two */
typedef struct {
  ObjClass *cls;
  ObjStr *name;
  uint64_t epoch;
  bool found;
  Value value;        /* when found */
  ObjClass *where;    /* when found: the class whose dict holds it */
} ClassCacheEntry;
extern ClassCacheEntry class_cache[CLASS_CACHE_SIZE];
extern uint64_t class_epoch;

static inline ClassCacheEntry *class_cache_entry(ObjClass *cls, ObjStr *name) {
  uintptr_t key = ((uintptr_t)cls >> 4) * 31 + ((uintptr_t)name >> 4);
  return &class_cache[(key ^ (key >> 12)) & (CLASS_CACHE_SIZE - 1)];
}
/* The walk along the chain on a cache miss; fills the entry. */
bool class_lookup_slow(ObjClass *cls, ObjStr *name, Value *out, ObjClass **where);

static inline bool class_lookup_where(ObjClass *cls, ObjStr *name, Value *out, ObjClass **where) {
  ClassCacheEntry *e = class_cache_entry(cls, name);
  if (e->epoch == class_epoch && e->cls == cls && e->name == name) {
    if (e->found) { *out = e->value; *where = e->where; }
    return e->found;
  }
  return class_lookup_slow(cls, name, out, where);
}
static inline bool class_lookup(ObjClass *cls, ObjStr *name, Value *out) {
  ObjClass *where;
  return class_lookup_where(cls, name, out, &where);
}
/* Forget every cached class_lookup answer: call it when a class's dict or
** base is replaced (a change inside a class dict is noticed by itself). */
void class_cache_invalidate(void);

/* Define a C function in a module dict, or a C method in a class dict. */
void define_native(VM *vm, ObjDict *dict, const char *name, NativeFn fn);
/* Define a read-only property whose getter is the C function [fn] (called
** with the instance as args[0], argc 1). */
void define_getter(VM *vm, ObjDict *dict, const char *name, NativeFn fn);
ObjProperty *property_new(VM *vm, PropKind kind, Value fget);

/* Convenience: the kind of a value's object, or -1 when not an object. */
static inline int obj_kind(Value v) { return IS_OBJ(v) ? (int)AS_OBJ(v)->kind : -1; }
#define IS_KIND(v, k)   (IS_OBJ(v) && AS_OBJ(v)->kind == (k))
#define IS_STR(v)       IS_KIND(v, OBJ_STR)
#define IS_TUPLE(v)     IS_KIND(v, OBJ_TUPLE)
#define IS_LIST(v)      IS_KIND(v, OBJ_LIST)
#define IS_DICT(v)      IS_KIND(v, OBJ_DICT)
#define IS_FUNCTION(v)  IS_KIND(v, OBJ_FUNCTION)
#define IS_NATIVE(v)    IS_KIND(v, OBJ_NATIVE)
#define IS_CLASS(v)     IS_KIND(v, OBJ_CLASS)
#define IS_EXCEPTION(v) IS_KIND(v, OBJ_EXCEPTION)
#define IS_CORO(v)      IS_KIND(v, OBJ_CORO)
/* Is [v] a plain generator (iterable), not a coroutine or async generator? */
#define IS_GENERATOR(v) (IS_CORO(v) && !AS_CORO(v)->is_coroutine && !AS_CORO(v)->is_async_gen)
#define IS_CODE(v)      IS_KIND(v, OBJ_CODE)
#define AS_STR(v)       ((ObjStr *)AS_OBJ(v))
#define AS_TUPLE(v)     ((ObjTuple *)AS_OBJ(v))
#define AS_LIST(v)      ((ObjList *)AS_OBJ(v))
#define AS_DICT(v)      ((ObjDict *)AS_OBJ(v))
#define AS_FUNCTION(v)  ((ObjFunction *)AS_OBJ(v))
#define AS_NATIVE(v)    ((ObjNative *)AS_OBJ(v))
#define AS_CLASS(v)     ((ObjClass *)AS_OBJ(v))
#define AS_EXCEPTION(v) ((ObjException *)AS_OBJ(v))
#define AS_CORO(v)      ((ObjCoro *)AS_OBJ(v))
#define AS_CODE(v)      ((ObjCode *)AS_OBJ(v))
#define AS_INSTANCE(v)  ((ObjInstance *)AS_OBJ(v))
#define AS_MODULE(v)    ((ObjModule *)AS_OBJ(v))
#define AS_CELL(v)      ((ObjCell *)AS_OBJ(v))

#endif
