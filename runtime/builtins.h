/*
** builtins.h -- the shared toolbox of runtime/ (string builders, argument
** checking, the runtime state) and what the builtin-type files export to
** each other: runtime.c, ops.c, exceptions.c, builtins.c, str.c, list.c,
** dict.c, num.c, mod_sys.c, mod_time.c and modules.c include it.
**
** Other runtime/ files (the asyncio helper) may use StrBuf and the
** argument helpers; everything here follows runtime.h's error contract:
** false / NULL / -1 after raising.
*/
#ifndef RUNTIME_BUILTINS_H
#define RUNTIME_BUILTINS_H

#include "src/common.h"
#include "src/object.h"
#include "src/vm.h"
#include "runtime/runtime.h"

/* {====================================================== runtime state */

/* runtime/'s own state, hung on vm->runtime (RT(vm)).  Every object here
** is marked by the root marker runtime_init registers. */
typedef struct {
  /* classes that src/ does not know about (made by runtime_init) */
  ObjClass *t_slice;            /* slice: an ObjNativeIter (next NULL), seq = (start, stop, step) */
  ObjClass *t_dict_keys;        /* dict views: ObjNativeIter (next NULL), seq = the dict */
  ObjClass *t_dict_values;
  ObjClass *t_dict_items;
  ObjClass *t_list_iterator;    /* iterator classes (type(iter([])).__name__) */
  ObjClass *t_list_reverseiterator;
  ObjClass *t_tuple_iterator;
  ObjClass *t_str_iterator;
  ObjClass *t_str_ascii_iterator;
  ObjClass *t_dict_keyiterator;
  ObjClass *t_dict_valueiterator;
  ObjClass *t_dict_itemiterator;
  ObjClass *t_range_iterator;
  ObjClass *t_map, *t_filter, *t_zip, *t_enumerate, *t_reversed;
  ObjClass *t_NotImplementedType, *t_ellipsis;
  ObjClass *t_TextIOWrapper;    /* sys.stdout / sys.stderr */
  ObjClass *t_staticmethod, *t_classmethod; /* ObjProperty kinds, for reprs and calls */
  ObjClass *exc_EOFError;       /* not in BUILTIN_EXCEPTIONS */
  ObjClass *t_set_iterator;     /* iter(set); made and marked by set.c */
  Value not_implemented;        /* the NotImplemented singleton */
  Value ellipsis;               /* the Ellipsis singleton */
  Value sys_stdout, sys_stderr; /* the two TextIOWrapper instances */
  ObjDict *builtin_modules;     /* name -> module made in C, imported on demand */
  Obj **repr_stack;             /* containers being repr'd (for [...] / {...}) */
  int repr_count, repr_capacity;
  int recursion_limit;          /* sys.setrecursionlimit's value */
} RuntimeState;

#define RT(vm) ((RuntimeState *)(vm)->runtime)

/* }====================================================== */

/* {====================================================== StrBuf */

/* A growable byte buffer for building str results (malloc'd, not owned
** by the collector).  Always NUL-terminated after a successful append. */
typedef struct {
  char *chars;
  size_t len;
  size_t capacity;
} StrBuf;

/* The most bytes a str may have: 2 GiB, as `str * n` allows.  Building a
** longer one raises MemoryError (CPython tries, and usually fails so). */
#define STR_MAX_BYTES ((size_t)INT32_MAX)

void strbuf_init(StrBuf *b);
/* Make room at once for [count] copies of a [unit]-byte fill and [extra]
** bytes more, so that a huge padding (a width of 10**12) fails before it is
** built byte by byte.  false after raising MemoryError, also when the str
** would pass STR_MAX_BYTES, however large [count] is. */
bool strbuf_reserve_fill(VM *vm, StrBuf *b, uint64_t count, size_t unit, size_t extra);
void strbuf_free(StrBuf *b);
/* Append bytes / a C string / one byte / printf text.  false after raising
** MemoryError. */
bool strbuf_add(VM *vm, StrBuf *b, const char *s, size_t n);
bool strbuf_adds(VM *vm, StrBuf *b, const char *s);
bool strbuf_addc(VM *vm, StrBuf *b, char c);
bool strbuf_printf(VM *vm, StrBuf *b, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
/* Append the code point [cp] as UTF-8. */
bool strbuf_add_codepoint(VM *vm, StrBuf *b, uint32_t cp);
/* Append repr(v) / str(v) (may run Python code: root what you hold). */
bool strbuf_add_repr(VM *vm, StrBuf *b, Value v);
bool strbuf_add_str(VM *vm, StrBuf *b, Value v);
/* Make a str of the buffer's content and free the buffer (NULL on error;
** the buffer is freed either way). */
ObjStr *strbuf_finish(VM *vm, StrBuf *b);

/* }====================================================== */

/* {====================================================== argument helpers */

/* Check that [fname] got between [min] and [max] positional arguments
** (max -1: no limit) and no keyword arguments.  Messages as CPython's
** METH_VARARGS functions: "f expected at most 2 arguments, got 3". */
static inline bool args_check(VM *vm, const char *fname, int argc, ObjDict *kwargs, int min, int max);
/* Like args_check for methods: args[0] is the receiver and is not counted. */
static inline bool args_check_method(VM *vm, const char *fname, int argc, ObjDict *kwargs, int min, int max);
/* For a method taking no argument ([n] 0) or exactly one ([n] 1) besides
** its receiver (argc counts it), as CPython's METH_NOARGS / METH_O:
** "str.upper() takes no arguments (1 given)", "list.append() takes
** exactly one argument (0 given)"; [qualname] is "str.upper". */
static inline bool args_check_fixed(VM *vm, const char *qualname, int argc, ObjDict *kwargs, int n);
/* Their failures, out of line: raise the TypeError (false), or return true
** when the arguments were right after all (keywords passed as an empty dict). */
bool args_check_fail(VM *vm, const char *fname, int argc, ObjDict *kwargs, int min, int max);
bool args_check_fixed_fail(VM *vm, const char *qualname, int argc, ObjDict *kwargs, int n);
/* The checks that pass are inline: every call of a C function makes one. */
static inline bool args_check(VM *vm, const char *fname, int argc, ObjDict *kwargs, int min, int max) {
  if (kwargs == NULL && argc >= min && (max < 0 || argc <= max)) return true;
  return args_check_fail(vm, fname, argc, kwargs, min, max);
}
static inline bool args_check_method(VM *vm, const char *fname, int argc, ObjDict *kwargs, int min, int max) {
  return args_check(vm, fname, argc - 1, kwargs, min, max);
}
static inline bool args_check_fixed(VM *vm, const char *qualname, int argc, ObjDict *kwargs, int n) {
  if (kwargs == NULL && argc - 1 == n) return true;
  return args_check_fixed_fail(vm, qualname, argc, kwargs, n);
}
/* Reject every keyword of [kwargs] not in the NULL-terminated [allowed]:
** "'x' is an invalid keyword argument for f()". */
bool kwargs_check(VM *vm, const char *fname, ObjDict *kwargs, const char *const *allowed);
/* The keyword argument [name] of [kwargs] (may be NULL): true if present. */
bool kwarg_get(VM *vm, ObjDict *kwargs, const char *name, Value *out);
/* An int argument (int or bool) or TypeError "'str' object cannot be
** interpreted as an integer". */
bool arg_int(VM *vm, Value v, int64_t *out);
/* An int-or-None index argument for str/list methods (None -> [dflt]). */
bool arg_index(VM *vm, Value v, int64_t dflt, int64_t *out);
/* A str argument or TypeError "fname() argument N must be str, not int". */
bool arg_str(VM *vm, Value v, const char *fname, int n, ObjStr **out);
/* The interned str for a C name (cheap after the first call). */
ObjStr *rt_name(VM *vm, const char *name);

/* }====================================================== */

/* {====================================================== cross-file hooks */

/* runtime.c */
/* Make a class that runtime/ owns (builtins module, base given). */
ObjClass *runtime_new_class(VM *vm, const char *name, ObjClass *base, ObjKind kind);
/* The same for a class that belongs to module [module] (its __module__,
** e.g. "_asyncio" for Future): what type() and reprs show. */
ObjClass *runtime_new_class_in(VM *vm, const char *name, const char *module, ObjClass *base,
                                ObjKind kind);
/* Register a module made in C so `import name` finds it. */
bool runtime_register_module(VM *vm, ObjModule *m);
/* The module made in C called [name], in *out: one registered already, or
** one built now by its init function (time, random, types and math are
** built at their first import, not at start-up).  Returns 1 when found, 0
** when no such module is made in C, -1 after raising (MemoryError). */
int runtime_builtin_module(VM *vm, ObjStr *name, Value *out);

/* Run every module of the embedded runtime library (the .py files of runtime/lib)
** whose name starts with [prefix], in file-name order, with [globals] as
** their namespace: how the asyncio_ files there add their classes and
** functions to the asyncio module.  false after raising. */
bool runtime_run_lib_into(VM *vm, const char *prefix, ObjDict *globals);

/* builtins.c */
bool builtins_init(VM *vm);
/* Write text to the real stdout/stderr (print and sys.stdout.write);
** stdout is flushed before anything is written to stderr. */
void builtins_write(int fd, const char *s, size_t n);
/* Sort [items] in place (stable merge sort) by [key] (UNDEF: none), as
** list.sort / sorted. */
bool builtins_sort(VM *vm, Value *items, size_t n, Value key, bool reverse);

/* exceptions.c */
bool exceptions_init(VM *vm);
/* repr / str of an exception object (ops.c calls these). */
bool exc_repr(VM *vm, ObjException *e, ObjStr **out);
bool exc_str(VM *vm, ObjException *e, ObjStr **out);
/* Attribute access on exceptions: 1 found, 0 absent, -1 error. */
int exc_getattr(VM *vm, ObjException *e, ObjStr *name, Value *out);
bool exc_setattr(VM *vm, ObjException *e, ObjStr *name, Value v);

/* str.c */
bool str_init_methods(VM *vm);
/* The text of int(s) / float(s) in ASCII, as CPython's
** _PyUnicode_TransformDecimalAndSpaceToASCII: Unicode decimal digits become
** '0'..'9', Unicode whitespace ' ', and the first other non-ASCII code
** point '?' (where the copy stops).  [out] has room for len + 1 bytes; the
** result is NUL-terminated and its length returned. */
size_t str_to_ascii_numeric(const char *s, size_t len, char *out);
/* repr of a str, CPython's quoting and escapes; [ascii] escapes every
** non-ASCII code point (ascii()). */
bool str_repr_buf(VM *vm, StrBuf *b, ObjStr *s, bool ascii);
/* Byte offset of code point [i] of [s] (0 <= i <= length). */
size_t str_offset(ObjStr *s, int64_t i);
/* Decode the code point at byte [*pos] of [s] and advance *pos. */
uint32_t str_decode(const char *s, size_t *pos);
/* The one-code-point str at index [i]. */
ObjStr *str_char_at(VM *vm, ObjStr *s, int64_t i);
/* str % args (printf-style formatting). */
bool str_percent_format(VM *vm, ObjStr *fmt, Value args, Value *out);
/* s[start:stop:step] with already-clamped indices. */
ObjStr *str_slice(VM *vm, ObjStr *s, int64_t start, int64_t stop, int64_t step, int64_t n);
/* String comparison (code point order): <0, 0, >0. */
int str_compare(ObjStr *a, ObjStr *b);

/* list.c */
bool list_init_methods(VM *vm);
/* Append every item of the iterable [src] to [dst] (list.extend). */
bool list_extend_iter(VM *vm, ObjList *dst, Value src);
/* A new list of the items of an iterable. */
ObjList *list_from_iter(VM *vm, Value iterable);
/* A new tuple of the items of an iterable (itself when it is a tuple). */
ObjTuple *tuple_from_iter(VM *vm, Value iterable);

/* dict.c */
bool dict_init_methods(VM *vm);
/* dict.update(other) for a dict or an iterable of pairs. */
bool dict_update_from(VM *vm, ObjDict *d, Value other);
/* A dict view of [kind] 0 keys, 1 values, 2 items. */
bool dict_make_view(VM *vm, ObjDict *d, int kind, Value *out);

/* set.c (the rest of its API is runtime/set.h) */
/* Register set's and frozenset's methods, the set_iterator class and the
** OBJ_SET row of gc_kind_ops. */
bool set_init(VM *vm);

/* num.c */
/* A parsed format spec: [[fill]align][sign][z][#][0][width][grouping][.precision][type]. */
typedef struct {
  uint32_t fill;        /* fill code point (' ' by default, '0' with the 0 flag) */
  char align;           /* '<' '>' '^' '=' or 0 (the type's default) */
  char sign;            /* '+' '-' ' ' or 0 */
  bool z;               /* 'z': coerce negative zero */
  bool alt;             /* '#' */
  bool zero;            /* the 0 flag */
  int64_t width;        /* -1 when absent */
  char grouping;        /* ',' '_' or 0 */
  int64_t precision;    /* -1 when absent */
  char type;            /* presentation type or 0 */
} FormatSpec;
/* Parse a format spec (ValueError on bad specs). */
bool num_spec_parse(VM *vm, const char *s, size_t len, FormatSpec *f);
/* Append v (int, bool, float or str) formatted by [f] to [out]. */
bool num_format_with(VM *vm, Value v, const FormatSpec *f, StrBuf *out);
/* int(float): truncation; OverflowError for inf, ValueError for nan. */
bool num_float_to_int(VM *vm, double d, Value *out);
bool num_init_methods(VM *vm);
/* Shortest round-tripping repr of a double, as CPython's float_repr. */
void num_float_repr(double x, char *buf, size_t size);
/* Parse int(text, base): CPython's rules (whitespace, sign, underscores,
** prefixes for base 0/2/8/16).  ValueError on bad text. */
bool num_parse_int(VM *vm, const char *s, size_t len, int base, Value *out);
/* Parse float(text): ValueError "could not convert string to float: 'x'". */
bool num_parse_float(VM *vm, const char *s, size_t len, Value *out);
/* format(v, spec) for int, bool, float and str values. */
bool num_format(VM *vm, Value v, const char *spec, size_t spec_len, ObjStr **out);
/* CPython's float hash. */
int64_t num_hash_double(double x);
/* int -> float conversion used by arithmetic. */
bool num_to_double(VM *vm, Value v, double *out);

/* ops.c */
/* Call the Python-level dunder [name] of an instance if its class defines
** one that is not a C function: 1 called (*out set), 0 none, -1 error. */
int ops_call_dunder(VM *vm, Value self, const char *name, int argc, Value *args, Value *out);
/* Slice bounds: resolve a slice object against a sequence of length n,
** as CPython's PySlice_GetIndicesEx; *count is the number of items. */
bool ops_slice_indices(VM *vm, Value slice, int64_t n, int64_t *start, int64_t *stop,
                       int64_t *step, int64_t *count);
/* Is [v] a slice object? */
bool ops_is_slice(VM *vm, Value v);
/* Resolve a sequence index (negative counts from the end); false if out of
** range (no exception). */
bool ops_seq_index(int64_t len, int64_t i, int64_t *out);
/* A reverse iterator over a list (reversed(list)). */
bool ops_list_reverse_iter(VM *vm, ObjList *l, Value *out);
/* Is [v] an iterator (something value_next accepts)? */
bool ops_is_iterator(VM *vm, Value v);

/* mod_sys.c, mod_time.c, mod_random.c, mod_math.c */
bool mod_sys_init(VM *vm);
bool mod_time_init(VM *vm);
bool mod_random_init(VM *vm);
/* mod_types.c: the `types` module (types.coroutine and type names). */
bool mod_types_init(VM *vm);
bool mod_math_init(VM *vm);

/* }====================================================== */

#endif
