/*
** builtins.c -- the builtins module: print, len, isinstance, sorted, min,
** max ... and the builtin classes whose behaviour is small (object, type,
** range, map, filter, zip, enumerate, reversed, property, staticmethod,
** classmethod); plus runtime/'s toolbox (StrBuf, argument checking, the
** stable sort).
*/
#include "runtime/builtins.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "src/coro.h"
#include "src/gc.h"
#include "src/parse.h"
#include "runtime/bigint.h"

/* {====================================================== StrBuf */

void strbuf_init(StrBuf *b) {
  b->chars = NULL;
  b->len = 0;
  b->capacity = 0;
}

void strbuf_free(StrBuf *b) {
  free(b->chars);
  strbuf_init(b);
}

/* Make room for [n] more bytes plus the NUL. */
static bool reserve(VM *vm, StrBuf *b, size_t n) {
  if (b->len + n + 1 <= b->capacity) return true;
  if (n >= STR_MAX_BYTES - b->len) return vm_raise_memory(vm);   /* past the str limit */
  size_t cap = b->capacity ? b->capacity : 64;
  while (cap < b->len + n + 1) cap *= 2;
  /* --max-memory: a str being built counts too */
  if (vm->max_memory != 0 && cap > vm->max_memory) return vm_raise_memory(vm);
  char *c = realloc(b->chars, cap);
  if (c == NULL) return vm_raise_memory(vm);
  b->chars = c;
  b->capacity = cap;
  return true;
}

bool strbuf_reserve_fill(VM *vm, StrBuf *b, uint64_t count, size_t unit, size_t extra) {
  if (count > STR_MAX_BYTES / unit) return vm_raise_memory(vm);   /* the product would overflow */
  return reserve(vm, b, (size_t)count * unit + extra);
}

bool strbuf_add(VM *vm, StrBuf *b, const char *s, size_t n) {
  if (!reserve(vm, b, n)) return false;
  if (n) memcpy(b->chars + b->len, s, n);
  b->len += n;
  b->chars[b->len] = '\0';
  return true;
}

bool strbuf_adds(VM *vm, StrBuf *b, const char *s) { return strbuf_add(vm, b, s, strlen(s)); }

bool strbuf_addc(VM *vm, StrBuf *b, char c) { return strbuf_add(vm, b, &c, 1); }

bool strbuf_printf(VM *vm, StrBuf *b, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(NULL, 0, fmt, ap);
  va_end(ap);
  if (n < 0 || !reserve(vm, b, (size_t)n)) return n < 0 ? vm_raise(vm, vm->exc_ValueError, "bad format") : false;
  va_start(ap, fmt);
  vsnprintf(b->chars + b->len, (size_t)n + 1, fmt, ap);
  va_end(ap);
  b->len += (size_t)n;
  return true;
}

bool strbuf_add_codepoint(VM *vm, StrBuf *b, uint32_t cp) {
  char u[4];
  size_t n;
  if (cp < 0x80) { u[0] = (char)cp; n = 1; }
  else if (cp < 0x800) { u[0] = (char)(0xC0 | (cp >> 6)); u[1] = (char)(0x80 | (cp & 0x3F)); n = 2; }
  else if (cp < 0x10000) {
    u[0] = (char)(0xE0 | (cp >> 12)); u[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
    u[2] = (char)(0x80 | (cp & 0x3F)); n = 3;
  } else {
    u[0] = (char)(0xF0 | (cp >> 18)); u[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    u[2] = (char)(0x80 | ((cp >> 6) & 0x3F)); u[3] = (char)(0x80 | (cp & 0x3F)); n = 4;
  }
  return strbuf_add(vm, b, u, n);
}

ObjStr *strbuf_finish(VM *vm, StrBuf *b) {
  ObjStr *s = b->len == 0 ? vm->s_empty : str_new(vm, b->chars ? b->chars : "", b->len);
  strbuf_free(b);
  return s;
}

/* }====================================================== */

/* {====================================================== argument helpers */

static bool no_kwargs(VM *vm, const char *fname, ObjDict *kwargs) {
  if (kwargs != NULL && kwargs->count > 0)
    return vm_raise(vm, vm->exc_TypeError, "%s() takes no keyword arguments", fname);
  return true;
}

bool args_check_fail(VM *vm, const char *fname, int argc, ObjDict *kwargs, int min, int max) {
  if (!no_kwargs(vm, fname, kwargs)) return false;
  if (min == max && min == 1 && argc != 1)
    return vm_raise(vm, vm->exc_TypeError, "%s() takes exactly one argument (%d given)", fname, argc);
  if (argc < min)
    return vm_raise(vm, vm->exc_TypeError, "%s expected at least %d argument%s, got %d", fname, min,
                    min == 1 ? "" : "s", argc);
  if (max >= 0 && argc > max) {
    if (max == 0) return vm_raise(vm, vm->exc_TypeError, "%s() takes no arguments (%d given)", fname, argc);
    return vm_raise(vm, vm->exc_TypeError, "%s expected at most %d argument%s, got %d", fname, max,
                    max == 1 ? "" : "s", argc);
  }
  return true;
}

bool args_check_fixed_fail(VM *vm, const char *qualname, int argc, ObjDict *kwargs, int n) {
  if (kwargs != NULL && kwargs->count > 0)
    return vm_raise(vm, vm->exc_TypeError, "%s() takes no keyword arguments", qualname);
  if (argc - 1 == n) return true;
  if (n == 0)
    return vm_raise(vm, vm->exc_TypeError, "%s() takes no arguments (%d given)", qualname, argc - 1);
  return vm_raise(vm, vm->exc_TypeError, "%s() takes exactly one argument (%d given)", qualname,
                  argc - 1);
}

bool kwargs_check(VM *vm, const char *fname, ObjDict *kwargs, const char *const *allowed) {
  if (kwargs == NULL) return true;
  size_t pos = 0;
  Value k, v;
  while (dict_next(kwargs, &pos, &k, &v)) {
    bool ok = false;
    for (int i = 0; allowed[i] && !ok; i++)
      ok = IS_STR(k) && strcmp(AS_STR(k)->chars, allowed[i]) == 0;
    if (!ok)
      return vm_raise(vm, vm->exc_TypeError, "'%s' is an invalid keyword argument for %s()",
                      IS_STR(k) ? AS_STR(k)->chars : "?", fname);
  }
  return true;
}

bool kwarg_get(VM *vm, ObjDict *kwargs, const char *name, Value *out) {
  return kwargs != NULL && dict_get_cstr(vm, kwargs, name, out);
}

bool arg_int(VM *vm, Value v, int64_t *out) {
  *out = 0;
  if (IS_INTLIKE(v)) { *out = AS_INTLIKE(v); return true; }
  if (IS_BIGINT(v))
    return vm_raise(vm, vm->exc_OverflowError, "Python int too large to convert to C ssize_t");
  Value r;
  int called = ops_call_dunder(vm, v, "__index__", 0, NULL, &r);
  if (called < 0) return false;
  if (called && IS_INTLIKE(r)) { *out = AS_INTLIKE(r); return true; }
  return vm_raise(vm, vm->exc_TypeError, "'%s' object cannot be interpreted as an integer",
                  value_type_name(vm, v));
}

bool arg_index(VM *vm, Value v, int64_t dflt, int64_t *out) {
  *out = dflt;
  if (IS_NONE(v) || IS_UNDEF(v)) { *out = dflt; return true; }
  if (IS_INTLIKE(v)) { *out = AS_INTLIKE(v); return true; }
  return vm_raise(vm, vm->exc_TypeError,
                  "slice indices must be integers or None or have an __index__ method");
}

bool arg_str(VM *vm, Value v, const char *fname, int n, ObjStr **out) {
  *out = NULL;
  if (!IS_STR(v))
    return vm_raise(vm, vm->exc_TypeError, "%s() argument %d must be str, not %s", fname, n,
                    value_type_name(vm, v));
  *out = AS_STR(v);
  return true;
}

ObjStr *rt_name(VM *vm, const char *name) { return str_intern(vm, name, strlen(name)); }

/* }====================================================== */

/* {====================================================== sorting */

/* Is a < b (by value_compare)?  1, 0, -1 error. */
static int less(VM *vm, Value a, Value b) {
  if (IS_INT(a) && IS_INT(b)) return AS_INT(a) < AS_INT(b);
  Value r;
  if (!value_compare(vm, CMP_LT, a, b, &r)) return -1;
  return IS_BOOL(r) ? AS_BOOL(r) : value_truthy(vm, r);
}

/* Stable merge sort of idx[lo..hi) by keys; tmp is scratch. */
static bool merge_sort(VM *vm, Value *keys, size_t *idx, size_t *tmp, size_t lo, size_t hi) {
  if (hi - lo < 2) return true;
  size_t mid = lo + (hi - lo) / 2;
  if (!merge_sort(vm, keys, idx, tmp, lo, mid) || !merge_sort(vm, keys, idx, tmp, mid, hi))
    return false;
  size_t i = lo, j = mid, k = lo;
  while (i < mid && j < hi) {
    /* Take from the right only when it is strictly smaller: stable. */
    int lt = less(vm, keys[idx[j]], keys[idx[i]]);
    if (lt < 0) return false;
    tmp[k++] = lt ? idx[j++] : idx[i++];
  }
  while (i < mid) tmp[k++] = idx[i++];
  while (j < hi) tmp[k++] = idx[j++];
  memcpy(idx + lo, tmp + lo, sizeof(size_t) * (hi - lo));
  return true;
}

/* CPython's timsort on fewer than 64 items, where the whole list is one
** run: count_run, then binarysort.  Doing the same comparisons in the same
** order gives the same TypeError (operand types in CPython's order) and
** the same calls of a user __lt__.  Sorts idx[0..n) by keys; false on error. */
static bool small_sort(VM *vm, Value *keys, size_t *idx, size_t n) {
  /* count_run: the longest non-descending or strictly descending prefix. */
  size_t run = 1;
  if (n > 1) {
    int lt = less(vm, keys[idx[1]], keys[idx[0]]);
    if (lt < 0) return false;
    bool descending = lt;
    for (run = 2; run < n; run++) {
      lt = less(vm, keys[idx[run]], keys[idx[run - 1]]);
      if (lt < 0) return false;
      if (lt != descending) break;
    }
    if (descending)
      for (size_t i = 0, j = run - 1; i < j; i++, j--) { size_t t = idx[i]; idx[i] = idx[j]; idx[j] = t; }
  }
  /* binarysort: insert each following item after its equals. */
  for (size_t start = run; start < n; start++) {
    size_t l = 0, r = start, pivot = idx[start];
    do {
      size_t p = l + ((r - l) >> 1);
      int lt = less(vm, keys[pivot], keys[idx[p]]);
      if (lt < 0) return false;
      if (lt) r = p;
      else l = p + 1;
    } while (l < r);
    memmove(idx + l + 1, idx + l, sizeof(size_t) * (start - l));
    idx[l] = pivot;
  }
  return true;
}

bool builtins_sort(VM *vm, Value *items, size_t n, Value key, bool reverse) {
  if (n < 2) {
    /* Nothing to order, but CPython computes the keys first: a one-item
       list still calls key, and its exception propagates. */
    Value ignored;
    return n == 0 || IS_UNDEF(key) || vm_call(vm, key, 1, &items[0], NULL, &ignored);
  }
  /* reverse=True keeps equal items in order, as CPython: reverse, sort,
  ** reverse again. */
  if (reverse)
    for (size_t i = 0, j = n - 1; i < j; i++, j--) { Value t = items[i]; items[i] = items[j]; items[j] = t; }
  ObjTuple *keys = tuple_new(vm, n);
  if (keys == NULL) return false;
  vm_push_root(vm, OBJ_VAL(keys));
  bool ok = true;
  for (size_t i = 0; ok && i < n; i++) {
    if (IS_UNDEF(key)) keys->items[i] = items[i];
    else ok = vm_call(vm, key, 1, &items[i], NULL, &keys->items[i]);
  }
  size_t *idx = ok ? malloc(sizeof(size_t) * n * 2) : NULL;
  if (ok && idx == NULL) ok = vm_raise_memory(vm);
  if (ok) {
    for (size_t i = 0; i < n; i++) idx[i] = i;
    ok = n < 64 ? small_sort(vm, keys->items, idx, n)
                : merge_sort(vm, keys->items, idx, idx + n, 0, n);
  }
  if (ok) {
    Value *sorted = malloc(sizeof(Value) * n);
    if (sorted == NULL) ok = vm_raise_memory(vm);
    else {
      for (size_t i = 0; i < n; i++) sorted[i] = items[idx[i]];
      if (n > 0) memcpy(items, sorted, sizeof(Value) * n);
      free(sorted);
    }
  }
  free(idx);
  vm_pop_root(vm, 1);
  if (ok && reverse)
    for (size_t i = 0, j = n - 1; i < j; i++, j--) { Value t = items[i]; items[i] = items[j]; items[j] = t; }
  return ok;
}

/* }====================================================== */

/* {====================================================== output */

void builtins_write(int fd, const char *s, size_t n) {
  if (fd == 2) {
    fflush(stdout);
    fwrite(s, 1, n, stderr);
    fflush(stderr);
  } else {
    fwrite(s, 1, n, stdout);
  }
}

/* The fd a file object stands for: 1, 2, or 0 when it is some other
** object (then its write() is called). */
static int file_fd(VM *vm, Value file) {
  RuntimeState *rt = RT(vm);
  if (IS_NONE(file) || IS_UNDEF(file)) return 1;
  if (IS_OBJ(file) && IS_OBJ(rt->sys_stdout) && AS_OBJ(file) == AS_OBJ(rt->sys_stdout)) return 1;
  if (IS_OBJ(file) && IS_OBJ(rt->sys_stderr) && AS_OBJ(file) == AS_OBJ(rt->sys_stderr)) return 2;
  return 0;
}

/* Write a str to [file] (a real stream or any object with write()). */
static bool write_to(VM *vm, Value file, int fd, ObjStr *s) {
  if (fd) { builtins_write(fd, s->chars, s->len); return true; }
  Value r, arg = OBJ_VAL(s);
  Value m;
  if (!value_getattr(vm, file, rt_name(vm, "write"), &m)) return false;
  vm_push_root(vm, m);
  bool ok = vm_call(vm, m, 1, &arg, NULL, &r);
  vm_pop_root(vm, 1);
  return ok;
}

/* print(*objects, sep=' ', end='\n', file=None, flush=False) */
static bool builtin_print(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  static const char *const kw[] = {"sep", "end", "file", "flush", NULL};
  if (!kwargs_check(vm, "print", kwargs, kw)) return false;
  Value sep = NONE_VAL, end = NONE_VAL, file = NONE_VAL, flush = BOOL_VAL(false);
  kwarg_get(vm, kwargs, "sep", &sep);
  kwarg_get(vm, kwargs, "end", &end);
  kwarg_get(vm, kwargs, "file", &file);
  kwarg_get(vm, kwargs, "flush", &flush);
  if (!IS_NONE(sep) && !IS_STR(sep))
    return vm_raise(vm, vm->exc_TypeError, "sep must be None or a string, not %s", value_type_name(vm, sep));
  if (!IS_NONE(end) && !IS_STR(end))
    return vm_raise(vm, vm->exc_TypeError, "end must be None or a string, not %s", value_type_name(vm, end));
  int fd = file_fd(vm, file);
  /* Build the whole line, then write it once. */
  StrBuf b;
  strbuf_init(&b);
  bool ok = true;
  for (int i = 0; ok && i < argc; i++) {
    if (i > 0) ok = IS_STR(sep) ? strbuf_add(vm, &b, AS_STR(sep)->chars, AS_STR(sep)->len)
                                : strbuf_addc(vm, &b, ' ');
    ok = ok && strbuf_add_str(vm, &b, args[i]);
  }
  if (ok) ok = IS_STR(end) ? strbuf_add(vm, &b, AS_STR(end)->chars, AS_STR(end)->len)
                           : strbuf_addc(vm, &b, '\n');
  if (!ok) { strbuf_free(&b); return false; }
  if (fd) {
    builtins_write(fd, b.chars ? b.chars : "", b.len);
    strbuf_free(&b);
  } else {
    ObjStr *s = strbuf_finish(vm, &b);
    if (s == NULL || !write_to(vm, file, fd, s)) return false;
  }
  int f = value_truthy(vm, flush);
  if (f < 0) return false;
  if (f && fd) fflush(fd == 2 ? stderr : stdout);
  *out = NONE_VAL;
  return true;
}

/* input([prompt]) */
static bool builtin_input(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  if (!args_check(vm, "input", argc, kwargs, 0, 1)) return false;
  if (argc > 0) {
    ObjStr *p;
    if (!value_str(vm, args[0], &p)) return false;
    builtins_write(1, p->chars, p->len);
  }
  fflush(stdout);
  char *line = NULL;
  size_t cap = 0;
  ssize_t n = getline(&line, &cap, stdin);
  if (n < 0) {
    free(line);
    return vm_raise(vm, RT(vm)->exc_EOFError, "EOF when reading a line");
  }
  if (n > 0 && line[n - 1] == '\n') n--;
  ObjStr *s = str_new(vm, line, (size_t)n);
  free(line);
  if (s == NULL) return false;
  *out = OBJ_VAL(s);
  return true;
}

/* }====================================================== */

/* {====================================================== simple builtins */

static bool builtin_repr(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  if (!args_check(vm, "repr", argc, kwargs, 1, 1)) return false;
  ObjStr *s;
  if (!value_repr(vm, args[0], &s)) return false;
  *out = OBJ_VAL(s);
  return true;
}

static bool builtin_ascii(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  if (!args_check(vm, "ascii", argc, kwargs, 1, 1)) return false;
  ObjStr *s;
  if (!value_format(vm, args[0], 'a', NULL, &s)) return false;
  *out = OBJ_VAL(s);
  return true;
}

static bool builtin_len(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  if (!args_check(vm, "len", argc, kwargs, 1, 1)) return false;
  int64_t n;
  if (!value_len(vm, args[0], &n)) return false;
  *out = INT_VAL(n);
  return true;
}

/* Is [v] an instance of [spec] (a class or a tuple of them)?  1, 0, -1. */
static int instance_of(VM *vm, Value v, Value spec, const char *fname) {
  if (IS_CLASS(spec)) return value_is_instance(vm, v, AS_CLASS(spec));
  if (IS_TUPLE(spec)) {
    for (size_t i = 0; i < AS_TUPLE(spec)->count; i++) {
      int r = instance_of(vm, v, AS_TUPLE(spec)->items[i], fname);
      if (r != 0) return r;
    }
    return 0;
  }
  vm_raise(vm, vm->exc_TypeError, "%s() arg 2 must be a type, a tuple of types, or a union", fname);
  return -1;
}

static bool builtin_isinstance(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  if (!args_check(vm, "isinstance", argc, kwargs, 2, 2)) return false;
  int r = instance_of(vm, args[0], args[1], "isinstance");
  if (r < 0) return false;
  *out = BOOL_VAL(r);
  return true;
}

static bool builtin_issubclass(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  if (!args_check(vm, "issubclass", argc, kwargs, 2, 2)) return false;
  if (!IS_CLASS(args[0])) return vm_raise(vm, vm->exc_TypeError, "issubclass() arg 1 must be a class");
  Value spec = args[1];
  if (IS_CLASS(spec)) { *out = BOOL_VAL(class_is_subclass(AS_CLASS(args[0]), AS_CLASS(spec))); return true; }
  if (IS_TUPLE(spec)) {
    for (size_t i = 0; i < AS_TUPLE(spec)->count; i++) {
      Value c = AS_TUPLE(spec)->items[i];
      if (!IS_CLASS(c)) break;
      if (class_is_subclass(AS_CLASS(args[0]), AS_CLASS(c))) { *out = BOOL_VAL(true); return true; }
      if (i + 1 == AS_TUPLE(spec)->count) { *out = BOOL_VAL(false); return true; }
    }
    if (AS_TUPLE(spec)->count == 0) { *out = BOOL_VAL(false); return true; }
  }
  return vm_raise(vm, vm->exc_TypeError, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
}

static bool builtin_abs(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  if (!args_check(vm, "abs", argc, kwargs, 1, 1)) return false;
  Value v = args[0];
  if (IS_INTLIKE(v)) {
    int64_t x = AS_INTLIKE(v);
    if (x == INT64_MIN) return bigint_unary(vm, -1, v, out);   /* 2**63 */
    *out = INT_VAL(x < 0 ? -x : x);
    return true;
  }
  if (IS_FLOAT(v)) { *out = FLOAT_VAL(fabs(AS_FLOAT(v))); return true; }
  if (IS_BIGINT(v)) return bigint_unary(vm, -1, v, out);
  int called = ops_call_dunder(vm, v, "__abs__", 0, NULL, out);
  if (called < 0) return false;
  if (called) return true;
  return vm_raise(vm, vm->exc_TypeError, "bad operand type for abs(): '%s'", value_type_name(vm, v));
}

/* min / max: [op] CMP_LT for min, CMP_GT for max. */
static bool min_max(VM *vm, int argc, Value *args, ObjDict *kwargs, int op, const char *name, Value *out) {
  static const char *const kw[] = {"key", "default", NULL};
  if (!kwargs_check(vm, name, kwargs, kw)) return false;
  Value key = NONE_VAL, dflt = UNDEF_VAL;
  kwarg_get(vm, kwargs, "key", &key);
  kwarg_get(vm, kwargs, "default", &dflt);
  if (argc == 0)
    return vm_raise(vm, vm->exc_TypeError, "%s expected at least 1 argument, got 0", name);
  if (argc > 1 && !IS_UNDEF(dflt))
    return vm_raise(vm, vm->exc_TypeError,
                    "Cannot specify a default for %s() with multiple positional arguments", name);
  ObjList *items;
  if (argc == 1) {
    items = list_from_iter(vm, args[0]);
    if (items == NULL) return false;
  } else {
    items = list_new(vm, (size_t)argc);
    if (items == NULL) return false;
    for (int i = 0; i < argc; i++) items->items[items->count++] = args[i];
  }
  if (items->count == 0) {
    if (!IS_UNDEF(dflt)) { *out = dflt; return true; }
    return vm_raise(vm, vm->exc_ValueError, "%s() arg is an empty sequence", name);
  }
  vm_push_root(vm, OBJ_VAL(items));
  Value best = items->items[0], best_key = best;
  bool ok = IS_NONE(key) || vm_call(vm, key, 1, &best, NULL, &best_key);
  vm_push_root(vm, best_key);
  for (size_t i = 1; ok && i < items->count; i++) {
    Value v = items->items[i], k = v, r;
    if (!IS_NONE(key) && !(ok = vm_call(vm, key, 1, &v, NULL, &k))) break;
    if (!(ok = value_compare(vm, op, k, best_key, &r))) break;
    int t = value_truthy(vm, r);
    if (t < 0) { ok = false; break; }
    if (t) {
      best = v;
      best_key = k;
      vm->roots[vm->root_count - 1] = k;
    }
  }
  vm_pop_root(vm, 2);
  if (ok) *out = best;
  return ok;
}

static bool builtin_min(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  return min_max(vm, argc, args, kwargs, CMP_LT, "min", out);
}
static bool builtin_max(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  return min_max(vm, argc, args, kwargs, CMP_GT, "max", out);
}

/* sum(iterable, /, start=0) */
static bool builtin_sum(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  static const char *const kw[] = {"start", NULL};
  if (!kwargs_check(vm, "sum", kwargs, kw)) return false;
  if (argc < 1 || argc > 2)
    return vm_raise(vm, vm->exc_TypeError, "sum() takes at most 2 arguments (%d given)", argc);
  Value acc = argc > 1 ? args[1] : INT_VAL(0);
  kwarg_get(vm, kwargs, "start", &acc);
  if (IS_STR(acc))
    return vm_raise(vm, vm->exc_TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
  Value it;
  if (!value_iter(vm, args[0], &it)) return false;
  vm_push_root(vm, it);
  vm_push_root(vm, acc);
  int r;
  Value v;
  bool ok = true;
  while ((r = value_next(vm, it, &v)) > 0) {
    if (!value_binary_op(vm, NB_ADD, acc, v, &acc)) { ok = false; break; }
    vm->roots[vm->root_count - 1] = acc;
  }
  vm_pop_root(vm, 2);
  if (!ok || r < 0) return false;
  *out = acc;
  return true;
}

/* sorted(iterable, /, *, key=None, reverse=False) */
static bool builtin_sorted(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  static const char *const kw[] = {"key", "reverse", NULL};
  if (!kwargs_check(vm, "sort", kwargs, kw)) return false;
  if (argc != 1)
    return vm_raise(vm, vm->exc_TypeError, "sorted expected 1 argument, got %d", argc);
  Value key = NONE_VAL, rev = BOOL_VAL(false);
  kwarg_get(vm, kwargs, "key", &key);
  kwarg_get(vm, kwargs, "reverse", &rev);
  int r = value_truthy(vm, rev);
  if (r < 0) return false;
  ObjList *l = list_from_iter(vm, args[0]);
  if (l == NULL) return false;
  vm_push_root(vm, OBJ_VAL(l));
  bool ok = builtins_sort(vm, l->items, l->count, IS_NONE(key) ? UNDEF_VAL : key, r);
  vm_pop_root(vm, 1);
  if (!ok) return false;
  *out = OBJ_VAL(l);
  return true;
}

/* any / all */
static bool any_all(VM *vm, int argc, Value *args, ObjDict *kwargs, bool all, Value *out) {
  if (!args_check(vm, all ? "all" : "any", argc, kwargs, 1, 1)) return false;
  Value it;
  if (!value_iter(vm, args[0], &it)) return false;
  vm_push_root(vm, it);
  int r;
  Value v;
  bool result = all;
  while ((r = value_next(vm, it, &v)) > 0) {
    int t = value_truthy(vm, v);
    if (t < 0) { r = -1; break; }
    if (all && !t) { result = false; break; }
    if (!all && t) { result = true; break; }
  }
  vm_pop_root(vm, 1);
  if (r < 0) return false;
  *out = BOOL_VAL(result);
  return true;
}

static bool builtin_any(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  return any_all(vm, argc, args, kwargs, false, out);
}
static bool builtin_all(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  return any_all(vm, argc, args, kwargs, true, out);
}

static bool builtin_iter(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  if (!args_check(vm, "iter", argc, kwargs, 1, 1)) return false;
  return value_iter(vm, args[0], out);
}

static bool builtin_next(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  if (!args_check(vm, "next", argc, kwargs, 1, 2)) return false;
  if (!ops_is_iterator(vm, args[0]))
    return vm_raise(vm, vm->exc_TypeError, "'%s' object is not an iterator", value_type_name(vm, args[0]));
  *out = UNDEF_VAL;
  int r = value_next(vm, args[0], out);
  if (r > 0) return true;
  if (r < 0) return false;
  if (argc > 1) { *out = args[1]; return true; }
  /* a generator's return value rides on the StopIteration; None means none */
  ObjException *e = IS_UNDEF(*out) || IS_NONE(*out) ? exc_new(vm, vm->exc_StopIteration, NULL)
                                   : exc_stop_iteration(vm, *out);
  return e != NULL && vm_raise_value(vm, OBJ_VAL(e));
}

/* {====================================================== aiter, anext */

/* The method [name] of the type of [v] (an async protocol slot, looked up
** on the type as CPython's tp_as_async is, not on the object), or false. */
static bool async_slot(VM *vm, Value v, const char *name, Value *fn) {
  ObjStr *s = str_intern(vm, name, strlen(name));
  return s != NULL && class_lookup(value_class(vm, v), s, fn);
}

/* aiter(async_iterable): type(x).__aiter__(x), which must be an async
** iterator, as CPython's builtin_aiter. */
static bool builtin_aiter(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  if (!args_check(vm, "aiter", argc, kwargs, 1, 1)) return false;
  Value fn, anext;
  if (!async_slot(vm, args[0], "__aiter__", &fn))
    return vm_raise(vm, vm->exc_TypeError, "'%s' object is not an async iterable",
                    value_type_name(vm, args[0]));
  if (!vm_call(vm, fn, 1, args, NULL, out)) return false;
  if (!async_slot(vm, *out, "__anext__", &anext))
    return vm_raise(vm, vm->exc_TypeError, "aiter() returned not an async iterator of type '%s'",
                    value_type_name(vm, *out));
  return true;
}

/* What anext(aiterator, default) returns: an awaitable over [wrapped], the
** awaitable aiterator.__anext__() returned, that ends with [default_value]
** instead of raising StopAsyncIteration, as CPython's anext_awaitable
** (Objects/iterobject.c).  It is its own iterator; its steps go to the
** iterator of [wrapped], found at the first step (a coroutine's is itself;
** CPython asks for it again at each step, which gives the same iterator for
** every awaitable but one whose __await__ makes a new one each time). */
typedef struct {
  Obj obj;
  Value wrapped;
  Value default_value;
  Value iter;              /* wrapped's iterator, UNDEF before the first step */
} ObjAnextAwaitable;

static void anext_trace(VM *vm, Obj *o) {
  ObjAnextAwaitable *a = (ObjAnextAwaitable *)o;
  gc_mark_value(vm, a->wrapped);
  gc_mark_value(vm, a->default_value);
  gc_mark_value(vm, a->iter);
}

/* The iterator the steps of [a] go to, in *out: found once, kept. */
static bool anext_iter(VM *vm, ObjAnextAwaitable *a, Value *out) {
  if (IS_UNDEF(a->iter) && !value_get_awaitable(vm, a->wrapped, &a->iter)) return false;
  *out = a->iter;
  return true;
}
static size_t anext_size(Obj *o) { return sizeof(ObjAnextAwaitable); }

/* Is an error pending, and a StopAsyncIteration?  Then it is dropped: the
** awaitable ends with the default instead. */
static bool anext_exhausted(VM *vm) {
  Value e = vm->exception;
  if (!IS_OBJ(e) || !class_is_subclass(AS_OBJ(e)->cls, vm->exc_StopAsyncIteration)) return false;
  vm_take_exception(vm);
  return true;
}

/* SEND's step (KindOps.send): one step of the wrapped awaitable, a VMResult. */
static int anext_send(VM *vm, Obj *o, Value send, Value throw, Value *out) {
  ObjAnextAwaitable *a = (ObjAnextAwaitable *)o;
  Value it;
  if (!anext_iter(vm, a, &it)) return VM_ERROR;
  VMResult r = vm_send(vm, it, send, throw, out);
  if (r == VM_ERROR && anext_exhausted(vm)) {
    *out = a->default_value;
    return VM_RETURN;
  }
  return r;
}

static bool anext_awaitable(VM *vm, Obj *o, Value *out) {
  *out = OBJ_VAL(o);
  return true;
}

/* send(v), throw(...), close(), __next__(): the same method of the wrapped
** awaitable's iterator (for a coroutine, what its __await__() gives), with
** StopAsyncIteration turned into StopIteration(default), as CPython's
** anextawaitable_proxy. */
static bool anext_proxy(VM *vm, ObjStr *method, int argc, Value *args, Value *out) {
  if (argc < 1 || !IS_KIND(args[0], OBJ_ANEXT_AWAITABLE))
    return vm_raise(vm, vm->exc_TypeError, "descriptor '%s' requires an 'anext_awaitable' object",
                    method->chars);
  ObjAnextAwaitable *a = (ObjAnextAwaitable *)AS_OBJ(args[0]);
  Value it;
  if (!anext_iter(vm, a, &it)) return false;
  if (IS_CORO(it)) {        /* a coroutine has no __next__: its __await__() iterator has */
    if (!vm_call_method(vm, it, vm->s_await, 0, NULL, &it)) return false;
    a->iter = it;
  }
  bool ok = vm_call_method(vm, it, method, argc - 1, args + 1, out);
  if (ok || !anext_exhausted(vm)) return ok;
  ObjException *stop = exc_stop_iteration(vm, a->default_value);
  return stop != NULL && vm_raise_value(vm, OBJ_VAL(stop));
}
static bool anext_m_send(VM *vm, Value self, int argc, Value *args, ObjDict *kw, Value *out) {
  return anext_proxy(vm, vm->s_send, argc, args, out);
}
static bool anext_m_throw(VM *vm, Value self, int argc, Value *args, ObjDict *kw, Value *out) {
  return anext_proxy(vm, vm->s_throw, argc, args, out);
}
static bool anext_m_close(VM *vm, Value self, int argc, Value *args, ObjDict *kw, Value *out) {
  return anext_proxy(vm, vm->s_close, argc, args, out);
}
static bool anext_m_next(VM *vm, Value self, int argc, Value *args, ObjDict *kw, Value *out) {
  return anext_proxy(vm, vm->s_next, argc, args, out);
}
static bool anext_m_self(VM *vm, Value self, int argc, Value *args, ObjDict *kw, Value *out) {
  *out = args[0];
  return true;
}

/* anext(async_iterator[, default]): type(it).__anext__(it) -- an awaitable
** for the next item --, and with a default, an anext_awaitable over it
** that ends with the default when the iterator is exhausted, as CPython's
** builtin_anext. */
static bool builtin_anext(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  if (!args_check(vm, "anext", argc, kwargs, 1, 2)) return false;
  Value fn;
  if (!async_slot(vm, args[0], "__anext__", &fn))
    return vm_raise(vm, vm->exc_TypeError, "'%s' object is not an async iterator",
                    value_type_name(vm, args[0]));
  if (!vm_call(vm, fn, 1, args, NULL, out)) return false;
  if (argc == 1) return true;
  vm_push_root(vm, *out);
  ObjAnextAwaitable *a = (ObjAnextAwaitable *)gc_alloc(vm, sizeof(ObjAnextAwaitable),
                                                       OBJ_ANEXT_AWAITABLE, vm->t_anext_awaitable);
  vm_pop_root(vm, 1);
  if (a == NULL) return false;
  a->wrapped = *out;
  a->default_value = args[1];
  a->iter = UNDEF_VAL;
  *out = OBJ_VAL(a);
  return true;
}

/* The anext_awaitable type's collector hooks and methods. */
static void anext_init_type(VM *vm) {
  gc_kind_ops[OBJ_ANEXT_AWAITABLE] = (KindOps){.trace = anext_trace, .size = anext_size,
                                               .send = anext_send, .get_awaitable = anext_awaitable};
  ObjDict *d = vm->t_anext_awaitable->dict;
  define_native(vm, d, "send", anext_m_send);
  define_native(vm, d, "throw", anext_m_throw);
  define_native(vm, d, "close", anext_m_close);
  define_native(vm, d, "__next__", anext_m_next);
  define_native(vm, d, "__iter__", anext_m_self);
  define_native(vm, d, "__await__", anext_m_self);
}

/* }====================================================== */

static bool builtin_hash(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  if (!args_check(vm, "hash", argc, kwargs, 1, 1)) return false;
  uint64_t h;
  if (!value_hash(vm, args[0], &h)) return false;
  *out = INT_VAL((int64_t)h);
  return true;
}

static bool builtin_id(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  if (!args_check(vm, "id", argc, kwargs, 1, 1)) return false;
  Value v = args[0];
  if (IS_OBJ(v)) { *out = INT_VAL((int64_t)(uintptr_t)AS_OBJ(v)); return true; }
  /* Unboxed values have no address: a stable number per value. */
  uint64_t bits = (uint64_t)v.as.i * 0x9E3779B97F4A7C15ULL + (uint64_t)v.type;
  *out = INT_VAL((int64_t)(0x7f0000000000ULL + ((bits >> 20) & 0xffffffffffULL) * 16));
  return true;
}

static bool builtin_chr(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  if (!args_check(vm, "chr", argc, kwargs, 1, 1)) return false;
  int64_t c;
  if (!arg_int(vm, args[0], &c)) return false;
  if (c < 0 || c > 0x10ffff) return vm_raise(vm, vm->exc_ValueError, "chr() arg not in range(0x110000)");
  StrBuf b;
  strbuf_init(&b);
  if (!strbuf_add_codepoint(vm, &b, (uint32_t)c)) { strbuf_free(&b); return false; }
  ObjStr *s = strbuf_finish(vm, &b);
  if (s == NULL) return false;
  *out = OBJ_VAL(s);
  return true;
}

static bool builtin_ord(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  if (!args_check(vm, "ord", argc, kwargs, 1, 1)) return false;
  if (!IS_STR(args[0]))
    return vm_raise(vm, vm->exc_TypeError, "ord() expected string of length 1, but %s found",
                    value_type_name(vm, args[0]));
  ObjStr *s = AS_STR(args[0]);
  if (s->length != 1)
    return vm_raise(vm, vm->exc_TypeError, "ord() expected a character, but string of length %zu found",
                    s->length);
  size_t p = 0;
  *out = INT_VAL(str_decode(s->chars, &p));
  return true;
}

static bool builtin_divmod(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  if (!args_check(vm, "divmod", argc, kwargs, 2, 2)) return false;
  Value a = args[0], b = args[1], q, r;
  if ((IS_FLOAT(a) || IS_FLOAT(b)) && (IS_FLOAT(b) ? AS_FLOAT(b) == 0.0 : IS_INTLIKE(b) && AS_INTLIKE(b) == 0) &&
      (IS_FLOAT(a) || IS_INTLIKE(a)))
    return vm_raise(vm, vm->exc_ZeroDivisionError, "float divmod()");
  int called = ops_call_dunder(vm, a, "__divmod__", 1, &b, out);
  if (called != 0) return called > 0;
  if (!value_binary_op(vm, NB_FLOOR_DIVIDE, a, b, &q)) {
    if (vm_exception_matches(vm, vm->exc_TypeError)) {
      vm_take_exception(vm);
      return vm_raise(vm, vm->exc_TypeError, "unsupported operand type(s) for divmod(): '%s' and '%s'",
                      value_type_name(vm, a), value_type_name(vm, b));
    }
    return false;
  }
  if (!value_binary_op(vm, NB_REMAINDER, a, b, &r)) return false;
  ObjTuple *t = tuple_new(vm, 2);
  if (t == NULL) return false;
  t->items[0] = q;
  t->items[1] = r;
  *out = OBJ_VAL(t);
  return true;
}

/* round(number, ndigits=None) */
static bool builtin_round(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  static const char *const kw[] = {"number", "ndigits", NULL};
  if (!kwargs_check(vm, "round", kwargs, kw)) return false;
  Value x = argc > 0 ? args[0] : UNDEF_VAL, nd = argc > 1 ? args[1] : NONE_VAL;
  kwarg_get(vm, kwargs, "number", &x);
  kwarg_get(vm, kwargs, "ndigits", &nd);
  if (IS_UNDEF(x)) return vm_raise(vm, vm->exc_TypeError, "round() missing required argument 'number' (pos 1)");
  if (argc > 2) return vm_raise(vm, vm->exc_TypeError, "round() takes at most 2 arguments (%d given)", argc);
  int64_t n = 0;
  bool has_n = !IS_NONE(nd);
  if (has_n && !arg_int(vm, nd, &n)) return false;
  if (IS_BIGINT(x) || (IS_INTLIKE(x) && has_n && n < 0)) {
    /* Rounding an int to tens, hundreds...: exactly, with GMP. */
    if (!has_n || n >= 0) { *out = x; return true; }
    return bigint_round(vm, x, n, out);
  }
  if (IS_INTLIKE(x)) {
    int64_t v = AS_INTLIKE(x);
    if (!has_n || n >= 0) { *out = INT_VAL(v); return true; }
    if (n < -18) { *out = INT_VAL(0); return true; }
    int64_t p = 1;
    for (int64_t i = 0; i < -n; i++) p *= 10;
    /* Round half to even at 10**-n. */
    int64_t q = v / p, r = v % p;
    if (r < 0) { q--; r += p; }
    if (2 * r > p || (2 * r == p && (q & 1))) q++;
    int64_t res;
    if (__builtin_mul_overflow(q, p, &res)) return bigint_round(vm, x, n, out);
    *out = INT_VAL(res);
    return true;
  }
  if (IS_FLOAT(x)) {
    double d = AS_FLOAT(x);
    if (!has_n) return num_float_to_int(vm, rint(d), out);
    if (!isfinite(d) || n > 323) { *out = x; return true; }
    if (n < -308) { *out = FLOAT_VAL(copysign(0.0, d)); return true; }
    char buf[512];
    if (n >= 0) {
      /* printf rounds the exact binary value correctly, half to even. */
      snprintf(buf, sizeof buf, "%.*f", (int)n, d);
      *out = FLOAT_VAL(strtod(buf, NULL));
    } else {
      double p = pow(10.0, (double)-n);
      double y = rint(d / p) * p;
      if (isinf(y)) return vm_raise(vm, vm->exc_OverflowError, "rounded value too large to represent");
      *out = FLOAT_VAL(copysign(y, d) == 0.0 ? copysign(0.0, d) : y);
    }
    return true;
  }
  Value arg = nd;
  int called = ops_call_dunder(vm, x, "__round__", has_n ? 1 : 0, &arg, out);
  if (called < 0) return false;
  if (called) return true;
  return vm_raise(vm, vm->exc_TypeError, "type %s doesn't define __round__ method", value_type_name(vm, x));
}

/* hex / oct / bin */
static bool radix(VM *vm, int argc, Value *args, ObjDict *kwargs, const char *name, const char *spec,
                  Value *out) {
  if (!args_check(vm, name, argc, kwargs, 1, 1)) return false;
  Value v = args[0];
  if (!IS_BIGINT(v)) {
    int64_t i;
    if (!arg_int(vm, v, &i)) return false;
    v = INT_VAL(i);
  }
  ObjStr *s;
  if (!num_format(vm, v, spec, strlen(spec), &s)) return false;
  *out = OBJ_VAL(s);
  return true;
}

static bool builtin_hex(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  return radix(vm, argc, args, kwargs, "hex", "#x", out);
}
static bool builtin_oct(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  return radix(vm, argc, args, kwargs, "oct", "#o", out);
}
static bool builtin_bin(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  return radix(vm, argc, args, kwargs, "bin", "#b", out);
}

static bool builtin_pow(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  static const char *const kw[] = {"base", "exp", "mod", NULL};
  if (!kwargs_check(vm, "pow", kwargs, kw)) return false;
  Value base = argc > 0 ? args[0] : UNDEF_VAL, exp = argc > 1 ? args[1] : UNDEF_VAL,
        mod = argc > 2 ? args[2] : NONE_VAL;
  kwarg_get(vm, kwargs, "base", &base);
  kwarg_get(vm, kwargs, "exp", &exp);
  kwarg_get(vm, kwargs, "mod", &mod);
  if (IS_UNDEF(base) || IS_UNDEF(exp))
    return vm_raise(vm, vm->exc_TypeError, "pow() missing required argument '%s' (pos %d)",
                    IS_UNDEF(base) ? "base" : "exp", IS_UNDEF(base) ? 1 : 2);
  if (IS_NONE(mod)) return value_binary_op(vm, NB_POWER, base, exp, out);
  if (!IS_ANYINT(base) || !IS_ANYINT(exp) || !IS_ANYINT(mod))
    return vm_raise(vm, vm->exc_TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
  /* Big operands and negative exponents (modular inverses): GMP. */
  return bigint_pow_mod(vm, base, exp, mod, out);
  int64_t b = AS_INTLIKE(base), e = AS_INTLIKE(exp), m = AS_INTLIKE(mod);
  if (m == 0) return vm_raise(vm, vm->exc_ValueError, "pow() 3rd argument cannot be 0");
  if (e < 0) return vm_raise(vm, vm->exc_ValueError, "base is not invertible for the given modulus");
  /* Square and multiply with 128-bit intermediates; Python's sign of mod. */
  __int128 r = 1, x = b % m;
  if (x < 0) x += m < 0 ? -m : m;
  __int128 mm = m < 0 ? -(__int128)m : m;
  while (e > 0) {
    if (e & 1) r = (r * x) % mm;
    x = (x * x) % mm;
    e >>= 1;
  }
  int64_t res = (int64_t)(r % mm);
  if (m < 0 && res != 0) res += m;
  *out = INT_VAL(res);
  return true;
}

static bool builtin_callable(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  if (!args_check(vm, "callable", argc, kwargs, 1, 1)) return false;
  Value v = args[0], fn;
  bool c = IS_FUNCTION(v) || IS_NATIVE(v) || IS_CLASS(v) || IS_KIND(v, OBJ_BOUND_METHOD) ||
           (IS_OBJ(v) && class_lookup(AS_OBJ(v)->cls, rt_name(vm, "__call__"), &fn));
  *out = BOOL_VAL(c);
  return true;
}

static bool attr_name(VM *vm, Value v, ObjStr **out) {
  *out = NULL;
  if (!IS_STR(v))
    return vm_raise(vm, vm->exc_TypeError, "attribute name must be string, not '%s'", value_type_name(vm, v));
  *out = AS_STR(v);
  return true;
}

static bool builtin_getattr(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  if (!args_check(vm, "getattr", argc, kwargs, 2, 3)) return false;
  ObjStr *name;
  if (!attr_name(vm, args[1], &name)) return false;
  name = str_intern(vm, name->chars, name->len);
  if (name == NULL) return false;
  if (argc < 3) return value_getattr(vm, args[0], name, out);
  if (value_getattr(vm, args[0], name, out)) return true;
  if (!vm_exception_matches(vm, vm->exc_AttributeError)) return false;
  vm_take_exception(vm);
  *out = args[2];
  return true;
}

static bool builtin_setattr(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  if (!args_check(vm, "setattr", argc, kwargs, 3, 3)) return false;
  ObjStr *name;
  if (!attr_name(vm, args[1], &name)) return false;
  name = str_intern(vm, name->chars, name->len);
  if (name == NULL || !value_setattr(vm, args[0], name, args[2])) return false;
  *out = NONE_VAL;
  return true;
}

static bool builtin_delattr(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  if (!args_check(vm, "delattr", argc, kwargs, 2, 2)) return false;
  ObjStr *name;
  if (!attr_name(vm, args[1], &name)) return false;
  name = str_intern(vm, name->chars, name->len);
  if (name == NULL || !value_delattr(vm, args[0], name)) return false;
  *out = NONE_VAL;
  return true;
}

static bool builtin_hasattr(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  if (!args_check(vm, "hasattr", argc, kwargs, 2, 2)) return false;
  ObjStr *name;
  if (!attr_name(vm, args[1], &name)) return false;
  name = str_intern(vm, name->chars, name->len);
  if (name == NULL) return false;
  Value v;
  if (value_getattr(vm, args[0], name, &v)) { *out = BOOL_VAL(true); return true; }
  if (!vm_exception_matches(vm, vm->exc_AttributeError)) return false;
  vm_take_exception(vm);
  *out = BOOL_VAL(false);
  return true;
}

static bool builtin_format(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  if (!args_check(vm, "format", argc, kwargs, 1, 2)) return false;
  ObjStr *spec = vm->s_empty, *s;
  if (argc > 1) {
    if (!IS_STR(args[1]))
      return vm_raise(vm, vm->exc_TypeError, "format() argument 2 must be str, not %s",
                      value_type_name(vm, args[1]));
    spec = AS_STR(args[1]);
  }
  if (!value_format(vm, args[0], 0, spec, &s)) return false;
  *out = OBJ_VAL(s);
  return true;
}

/* {====================================================== eval, exec, compile */

static bool builtin_locals(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out);

/* Compile the text of a str, [len] bytes at [chars] (NUL-terminated), in
** [mode] (a ParseMode) as file [filename]: a NUL byte inside is CPython's
** SyntaxError.  NULL after raising. */
static ObjCode *compile_str(VM *vm, const char *chars, size_t len, const char *filename, int mode) {
  if (memchr(chars, '\0', len) != NULL) {
    vm_raise(vm, vm->exc_SyntaxError, "source code string cannot contain null bytes");
    return NULL;
  }
  return vm_compile(vm, chars, filename, mode);
}

/* The code eval() / exec() run for their first argument: a str compiled in
** [mode] (file "<string>"), or a code object from compile() as it is.
** NULL after raising.  There are no bytes and no AST objects. */
static ObjCode *source_code(VM *vm, const char *fname, Value src, int mode) {
  if (IS_CODE(src)) {
    ObjCode *co = AS_CODE(src);
    if (co->nfrees > 0) {
      vm_raise(vm, vm->exc_TypeError, "code object passed to %s() may not contain free variables", fname);
      return NULL;
    }
    if (co->flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) {
      vm_raise(vm, vm->exc_TypeError, "%s() of a generator's or coroutine's code is not supported", fname);
      return NULL;
    }
    return co;
  }
  if (!IS_STR(src)) {
    vm_raise(vm, vm->exc_TypeError, "%s() arg 1 must be a string, bytes or code object", fname);
    return NULL;
  }
  /* eval() (not compile()) skips the expression's leading blanks */
  ObjStr *s = AS_STR(src);
  size_t skip = 0;
  if (mode == PARSE_EVAL) while (s->chars[skip] == ' ' || s->chars[skip] == '\t') skip++;
  return compile_str(vm, s->chars + skip, s->len - skip, "<string>", mode);
}

/* The namespaces for eval() / exec() ([is_exec] for the messages):
** globals and locals as given, None meaning absent; with neither, the
** caller's (its globals, and locals() as the locals builtin makes them);
** with globals only, locals are the globals.  A globals dict without
** '__builtins__' gets it, as in CPython.  Locals must be a dict here
** (CPython takes any mapping).  False after raising. */
static bool eval_scope(VM *vm, bool is_exec, int argc, Value *args, ObjDict **globals, ObjDict **locals) {
  Value g = argc > 1 ? args[1] : NONE_VAL, l = argc > 2 ? args[2] : NONE_VAL;
  if (!IS_NONE(g) && !IS_DICT(g)) {
    if (is_exec) return vm_raise(vm, vm->exc_TypeError, "exec() globals must be a dict, not %s", value_type_name(vm, g));
    return vm_raise(vm, vm->exc_TypeError, "globals must be a dict");
  }
  if (!IS_NONE(l) && !IS_DICT(l)) {
    if (is_exec) return vm_raise(vm, vm->exc_TypeError, "locals must be a mapping or None, not %s", value_type_name(vm, l));
    return vm_raise(vm, vm->exc_TypeError, "locals must be a mapping");
  }
  if (IS_NONE(g)) {
    Frame *f = vm->frame;
    *globals = f ? f->globals : vm->main_module->dict;
    if (IS_NONE(l)) {
      Value scope;
      if (!builtin_locals(vm, UNDEF_VAL, 0, NULL, NULL, &scope)) return false;
      l = scope;
    }
  } else {
    *globals = AS_DICT(g);
    if (IS_NONE(l)) l = g;
  }
  *locals = AS_DICT(l);
  Value have;
  if (!dict_get_cstr(vm, *globals, "__builtins__", &have) &&
      !dict_set_cstr(vm, *globals, "__builtins__", OBJ_VAL(vm->builtins)))
    return false;
  return true;
}

/* eval() ([is_exec] false: an expression, its value in *out) or exec()
** (statements, None), with source, globals=None, locals=None (as
** CPython's builtin_eval / builtin_exec, without exec's closure=). */
static bool run_source(VM *vm, bool is_exec, int argc, Value *args, ObjDict *kwargs, Value *out) {
  const char *fname = is_exec ? "exec" : "eval";
  if (!args_check(vm, fname, argc, kwargs, 1, 3)) return false;
  ObjDict *globals = NULL, *locals = NULL;
  if (!eval_scope(vm, is_exec, argc, args, &globals, &locals)) return false;
  vm_push_root(vm, OBJ_VAL(locals));
  ObjCode *code = source_code(vm, fname, args[0], is_exec ? PARSE_FILE : PARSE_EVAL);
  bool ok = code != NULL && vm_run_code_in(vm, code, globals, locals, out) == VM_RETURN;
  vm_pop_root(vm, 1);
  if (ok && is_exec) *out = NONE_VAL;
  return ok;
}

static bool builtin_eval(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  return run_source(vm, false, argc, args, kwargs, out);
}

static bool builtin_exec(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  return run_source(vm, true, argc, args, kwargs, out);
}

/* compile(source, filename, mode): a code object for exec() ('exec': a
** module) or eval() ('eval': one expression; 'single': one interactive
** statement, whose expression values are printed).  The flags,
** dont_inherit and optimize arguments are accepted and ignored. */
static bool builtin_compile(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  if (!args_check(vm, "compile", argc, kwargs, 3, 6)) return false;
  if (!IS_STR(args[0]))
    return vm_raise(vm, vm->exc_TypeError, "compile() arg 1 must be a string, bytes or AST object");
  if (!IS_STR(args[1]))
    return vm_raise(vm, vm->exc_TypeError, "compile() argument 'filename' must be str, not %s",
                    value_type_name(vm, args[1]));
  if (!IS_STR(args[2]))
    return vm_raise(vm, vm->exc_TypeError, "compile() argument 'mode' must be str, not %s",
                    value_type_name(vm, args[2]));
  const char *mode = AS_STR(args[2])->chars;
  int pmode = strcmp(mode, "exec") == 0 ? PARSE_FILE : strcmp(mode, "eval") == 0 ? PARSE_EVAL
            : strcmp(mode, "single") == 0 ? PARSE_REPL : -1;
  if (pmode < 0) return vm_raise(vm, vm->exc_ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
  ObjCode *code = compile_str(vm, AS_STR(args[0])->chars, AS_STR(args[0])->len, AS_STR(args[1])->chars, pmode);
  if (code == NULL) return false;
  *out = OBJ_VAL(code);
  return true;
}

/* }====================================================== */

static bool builtin_vars(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  if (!args_check(vm, "vars", argc, kwargs, 0, 1)) return false;
  if (argc == 0) {
    Frame *f = vm->frame;
    *out = f && f->locals ? OBJ_VAL(f->locals) : f ? OBJ_VAL(f->globals) : OBJ_VAL(vm->main_module->dict);
    return true;
  }
  if (value_getattr(vm, args[0], rt_name(vm, "__dict__"), out)) return true;
  if (!vm_exception_matches(vm, vm->exc_AttributeError)) return false;
  vm_take_exception(vm);
  return vm_raise(vm, vm->exc_TypeError, "vars() argument must have __dict__ attribute");
}

static bool builtin_globals(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  if (!args_check(vm, "globals", argc, kwargs, 0, 0)) return false;
  *out = vm->frame ? OBJ_VAL(vm->frame->globals) : OBJ_VAL(vm->main_module->dict);
  return true;
}

static bool builtin_locals(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  if (!args_check(vm, "locals", argc, kwargs, 0, 0)) return false;
  Frame *f = vm->frame;
  if (f && f->locals) { *out = OBJ_VAL(f->locals); return true; }
  /* A function frame: a fresh dict of its bound fast locals. */
  ObjDict *d = dict_new(vm);
  if (d == NULL) return false;
  if (f && f->code->varnames) {
    for (int i = 0; i < f->code->nlocals && (size_t)i < f->code->varnames->count; i++)
      if (!IS_UNDEF(f->slots[i]) && !dict_set(vm, d, f->code->varnames->items[i], f->slots[i])) return false;
  } else if (f == NULL) {
    *out = OBJ_VAL(vm->main_module->dict);
    return true;
  }
  *out = OBJ_VAL(d);
  return true;
}

/* The names object's own dict has in CPython 3.11 (dir(object)): dir() of
** user classes and instances lists these for the object at the root. */
static const char *const object_dir_names[] = {
  "__class__", "__delattr__", "__dir__", "__doc__", "__eq__", "__format__", "__ge__",
  "__getattribute__", "__getstate__", "__gt__", "__hash__", "__init__", "__init_subclass__",
  "__le__", "__lt__", "__ne__", "__new__", "__reduce__", "__reduce_ex__", "__repr__",
  "__setattr__", "__sizeof__", "__str__", "__subclasshook__", NULL,
};

/* Add the keys of [d] (str keys only) to the name set [names]. */
static bool dir_add_keys(VM *vm, ObjDict *names, ObjDict *d) {
  size_t pos = 0;
  Value k, v;
  while (d != NULL && dict_next(d, &pos, &k, &v))
    if (IS_STR(k) && !dict_set(vm, names, k, NONE_VAL)) return false;
  return true;
}

/* Add the attribute names of the class [cls] and its bases, as CPython's
** type.__dir__ (merged class dicts).  User classes also have __doc__,
** __dict__ and __weakref__; __qualname__ and __classcell__ are not kept. */
static bool dir_add_class(VM *vm, ObjDict *names, ObjClass *cls) {
  for (ObjClass *c = cls; c != NULL; c = c->base) {
    if (c == vm->t_object) {
      for (const char *const *n = object_dir_names; *n; n++)
        if (!dict_set(vm, names, OBJ_VAL(rt_name(vm, *n)), NONE_VAL)) return false;
      continue;
    }
    if (!dir_add_keys(vm, names, c->dict)) return false;
    if (c->is_builtin) continue;
    static const char *const extra[] = {"__doc__", "__dict__", "__weakref__"};
    for (size_t i = 0; i < sizeof extra / sizeof extra[0]; i++)
      if (!dict_set(vm, names, OBJ_VAL(rt_name(vm, extra[i])), NONE_VAL)) return false;
    static const char *const hidden[] = {"__qualname__", "__classcell__"};
    for (size_t i = 0; i < sizeof hidden / sizeof hidden[0]; i++)
      if (dict_del(vm, names, OBJ_VAL(rt_name(vm, hidden[i])), NULL) < 0) return false;
  }
  return true;
}

/* dir() / dir(obj): the sorted names of the current scope, or of obj's
** attributes (its __dir__ if its class defines one in Python). */
static bool builtin_dir(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  if (!args_check(vm, "dir", argc, kwargs, 0, 1)) return false;
  ObjList *result;
  if (argc == 0) {
    Value scope;
    if (!builtin_locals(vm, UNDEF_VAL, 0, NULL, NULL, &scope)) return false;
    result = list_from_iter(vm, scope);
  } else {
    Value obj = args[0], custom;
    int called = ops_call_dunder(vm, obj, "__dir__", 0, NULL, &custom);
    if (called < 0) return false;
    if (called) {
      vm_push_root(vm, custom);
      result = list_from_iter(vm, custom);
      vm_pop_root(vm, 1);
    } else {
      ObjDict *names = dict_new(vm);
      if (names == NULL) return false;
      bool ok = true;
      switch (obj_kind(obj)) {
        case OBJ_MODULE: ok = dir_add_keys(vm, names, AS_MODULE(obj)->dict); break;
        case OBJ_CLASS: ok = dir_add_class(vm, names, AS_CLASS(obj)); break;
        case OBJ_INSTANCE:
          ok = dir_add_keys(vm, names, AS_INSTANCE(obj)->dict) &&
               dir_add_class(vm, names, AS_OBJ(obj)->cls);
          break;
        case OBJ_FUNCTION:
          ok = dir_add_keys(vm, names, AS_FUNCTION(obj)->dict) &&
               dir_add_class(vm, names, AS_OBJ(obj)->cls);
          break;
        case OBJ_EXCEPTION:
          ok = dir_add_keys(vm, names, AS_EXCEPTION(obj)->dict) &&
               dir_add_class(vm, names, AS_OBJ(obj)->cls);
          break;
        default: ok = dir_add_class(vm, names, value_class(vm, obj)); break;
      }
      if (!ok) return false;
      result = list_from_iter(vm, OBJ_VAL(names));
    }
  }
  if (result == NULL) return false;
  vm_push_root(vm, OBJ_VAL(result));
  bool ok = builtins_sort(vm, result->items, result->count, UNDEF_VAL, false);
  vm_pop_root(vm, 1);
  if (!ok) return false;
  *out = OBJ_VAL(result);
  return true;
}

/* }====================================================== */

/* {====================================================== object and type */

/* object.__new__(cls, *args) */
static bool object_m_new(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  if (argc < 1 || !IS_CLASS(args[0]))
    return vm_raise(vm, vm->exc_TypeError, "object.__new__(X): X is not a type object");
  ObjClass *cls = AS_CLASS(args[0]);
  if (cls->instance_kind != OBJ_INSTANCE || cls == vm->t_NoneType || cls == vm->t_int ||
      cls == vm->t_float || cls == vm->t_bool)
    return vm_raise(vm, vm->exc_TypeError, "object.__new__(%s) is not safe, use %s.__new__()",
                    cls->name->chars, cls->name->chars);
  ObjInstance *o = instance_new(vm, cls);
  if (o == NULL) return false;
  *out = OBJ_VAL(o);
  return true;
}

/* object.__init__(self, *args): arguments are an error unless the class
** overrides __new__. */
static bool object_m_init(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  bool extra = argc > 1 || (kwargs != NULL && kwargs->count > 0);
  if (extra && argc >= 1) {
    ObjClass *cls = value_class(vm, args[0]);
    Value init, dflt;
    class_lookup(cls, vm->s_init, &init);
    dict_get_str(vm->t_object->dict, vm->s_init, &dflt);
    if (IS_OBJ(init) && AS_OBJ(init) == AS_OBJ(dflt))
      return vm_raise(vm, vm->exc_TypeError, "%s() takes no arguments", cls->name->chars);
    return vm_raise(vm, vm->exc_TypeError,
                    "object.__init__() takes exactly one argument (the instance to initialize)");
  }
  *out = NONE_VAL;
  return true;
}

static bool object_m_repr(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  if (argc < 1) return vm_raise(vm, vm->exc_TypeError, "descriptor '__repr__' of 'object' object needs an argument");
  ObjClass *c = value_class(vm, args[0]);
  ObjStr *s;
  if (c->module && strcmp(c->module->chars, "builtins") != 0)
    s = str_printf(vm, "<%s.%s object at %p>", c->module->chars, c->qualname->chars,
                   IS_OBJ(args[0]) ? (void *)AS_OBJ(args[0]) : (void *)c);
  else
    s = str_printf(vm, "<%s object at %p>", c->name->chars,
                   IS_OBJ(args[0]) ? (void *)AS_OBJ(args[0]) : (void *)c);
  if (s == NULL) return false;
  *out = OBJ_VAL(s);
  return true;
}

static bool object_m_str(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  if (argc < 1) return vm_raise(vm, vm->exc_TypeError, "descriptor '__str__' of 'object' object needs an argument");
  ObjStr *s;
  if (!value_repr(vm, args[0], &s)) return false;
  *out = OBJ_VAL(s);
  return true;
}

static bool object_m_eq(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  if (argc != 2) return vm_raise(vm, vm->exc_TypeError, "expected 1 argument, got %d", argc - 1);
  bool same = IS_OBJ(args[0]) && IS_OBJ(args[1]) && AS_OBJ(args[0]) == AS_OBJ(args[1]);
  *out = same ? BOOL_VAL(true) : RT(vm)->not_implemented;
  return true;
}

static bool object_m_ne(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  if (argc != 2) return vm_raise(vm, vm->exc_TypeError, "expected 1 argument, got %d", argc - 1);
  int e = value_eq(vm, args[0], args[1]);
  if (e < 0) return false;
  *out = BOOL_VAL(!e);
  return true;
}

static bool object_m_hash(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  uint64_t h = (uint64_t)(uintptr_t)(IS_OBJ(args[0]) ? (void *)AS_OBJ(args[0]) : NULL);
  h = (h >> 4) | (h << 60);
  *out = INT_VAL((int64_t)h);
  return true;
}

static bool object_m_format(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  if (argc != 2 || !IS_STR(args[1]))
    return vm_raise(vm, vm->exc_TypeError, "format expects arg 2 to be string");
  if (AS_STR(args[1])->len > 0)
    return vm_raise(vm, vm->exc_TypeError, "unsupported format string passed to %s.__format__",
                    value_type_name(vm, args[0]));
  ObjStr *s;
  if (!value_str(vm, args[0], &s)) return false;
  *out = OBJ_VAL(s);
  return true;
}

/* object.__setattr__(self, name, value): the plain instance-dict store. */
static bool object_m_setattr(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  if (argc != 3 || !IS_STR(args[1]))
    return vm_raise(vm, vm->exc_TypeError, "expected 2 arguments, got %d", argc - 1);
  if (IS_KIND(args[0], OBJ_INSTANCE)) {
    if (!dict_set(vm, AS_INSTANCE(args[0])->dict, args[1], args[2])) return false;
  } else if (!value_setattr(vm, args[0], AS_STR(args[1]), args[2])) {
    return false;
  }
  *out = NONE_VAL;
  return true;
}

static bool object_m_getattribute(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  if (argc != 2 || !IS_STR(args[1]))
    return vm_raise(vm, vm->exc_TypeError, "expected 1 argument, got %d", argc - 1);
  return value_getattr(vm, args[0], AS_STR(args[1]), out);
}

static bool object_m_init_subclass(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  *out = NONE_VAL;
  return true;
}

/* type.__new__(cls, x): type(x) is the class of x. */
static bool type_m_new(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  if (argc == 2) { *out = OBJ_VAL(value_class(vm, args[1])); return true; }
  return vm_raise(vm, vm->exc_TypeError, "type() takes 1 or 3 arguments");
}

static bool type_m_mro(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  if (argc < 1 || !IS_CLASS(args[0])) return vm_raise(vm, vm->exc_TypeError, "descriptor 'mro' requires a 'type' object");
  ObjList *l = list_new(vm, 0);
  if (l == NULL) return false;
  for (ObjClass *c = AS_CLASS(args[0]); c; c = c->base)
    if (!list_append(vm, l, OBJ_VAL(c))) return false;
  *out = OBJ_VAL(l);
  return true;
}

/* }====================================================== */

/* {====================================================== range */

static bool range_m_new(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  if (!no_kwargs(vm, "range", kwargs)) return false;
  int n = argc - 1;
  if (n < 1) return vm_raise(vm, vm->exc_TypeError, "range expected at least 1 argument, got %d", n);
  if (n > 3) return vm_raise(vm, vm->exc_TypeError, "range expected at most 3 arguments, got %d", n);
  int64_t v[3];
  for (int i = 0; i < n; i++)
    if (!arg_int(vm, args[i + 1], &v[i])) return false;
  int64_t start = 0, stop, step = 1;
  if (n == 1) stop = v[0];
  else { start = v[0]; stop = v[1]; if (n == 3) step = v[2]; }
  if (step == 0) return vm_raise(vm, vm->exc_ValueError, "range() arg 3 must not be zero");
  ObjRange *r = (ObjRange *)gc_alloc(vm, sizeof(ObjRange), OBJ_RANGE, vm->t_range);
  if (r == NULL) return false;
  r->start = start;
  r->stop = stop;
  r->step = step;
  *out = OBJ_VAL(r);
  return true;
}

static bool range_m_index(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  if (argc != 2) return vm_raise(vm, vm->exc_TypeError, "index() takes exactly one argument (%d given)", argc - 1);
  int c = value_contains(vm, args[0], args[1]);
  if (c < 0) return false;
  if (!c) {
    ObjStr *r;
    if (!value_repr(vm, args[1], &r)) return false;
    return vm_raise(vm, vm->exc_ValueError, "%s is not in range", r->chars);
  }
  ObjRange *r = (ObjRange *)AS_OBJ(args[0]);
  *out = INT_VAL((AS_INTLIKE(args[1]) - r->start) / r->step);
  return true;
}

static bool range_m_count(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  if (argc != 2) return vm_raise(vm, vm->exc_TypeError, "count() takes exactly one argument (%d given)", argc - 1);
  int c = value_contains(vm, args[0], args[1]);
  if (c < 0) return false;
  *out = INT_VAL(c);
  return true;
}

/* }====================================================== */

/* {====================================================== lazy iterators */

/* map: seq = (func, iter1, iter2, ...) */
static int map_next(VM *vm, ObjNativeIter *it, Value *out) {
  ObjTuple *st = AS_TUPLE(it->seq);
  size_t n = st->count - 1;
  Value small[8];
  Value *argv = n <= 8 ? small : malloc(sizeof(Value) * n);
  if (argv == NULL) { vm_raise_memory(vm); return -1; }
  int r = 1;
  for (size_t i = 0; i < n && r > 0; i++) r = value_next(vm, st->items[i + 1], &argv[i]);
  if (r > 0) {
    ObjTuple *hold = tuple_new(vm, n);
    if (hold == NULL) r = -1;
    else {
      if (n > 0) memcpy(hold->items, argv, sizeof(Value) * n);
      vm_push_root(vm, OBJ_VAL(hold));
      r = vm_call(vm, st->items[0], (int)n, hold->items, NULL, out) ? 1 : -1;
      vm_pop_root(vm, 1);
    }
  }
  if (argv != small) free(argv);
  return r;
}

/* filter: seq = (func or None, iter) */
static int filter_next(VM *vm, ObjNativeIter *it, Value *out) {
  ObjTuple *st = AS_TUPLE(it->seq);
  for (;;) {
    Value v, keep;
    int r = value_next(vm, st->items[1], &v);
    if (r <= 0) return r;
    if (IS_NONE(st->items[0])) keep = v;
    else {
      vm_push_root(vm, v);
      bool ok = vm_call(vm, st->items[0], 1, &v, NULL, &keep);
      vm_pop_root(vm, 1);
      if (!ok) return -1;
    }
    int t = value_truthy(vm, keep);
    if (t < 0) return -1;
    if (t) { *out = v; return 1; }
  }
}

/* zip: seq = (iter1, iter2, ...); limit 1 for strict=True */
static int zip_next(VM *vm, ObjNativeIter *it, Value *out) {
  ObjTuple *st = AS_TUPLE(it->seq);
  if (st->count == 0) return 0;
  ObjTuple *t = tuple_new(vm, st->count);
  if (t == NULL) return -1;
  vm_push_root(vm, OBJ_VAL(t));
  int result = 1;
  for (size_t i = 0; i < st->count; i++) {
    int r = value_next(vm, st->items[i], &t->items[i]);
    if (r < 0) { result = -1; break; }
    if (r == 0) {
      result = 0;
      if (it->limit && i > 0) {
        vm_raise(vm, vm->exc_ValueError, "zip() argument %zu is shorter than argument%s%zu", i + 1,
                 i == 1 ? " " : "s 1-", i);
        result = -1;
      } else if (it->limit && i == 0) {
        /* The first ran out: the others must be exhausted too. */
        for (size_t j = 1; j < st->count; j++) {
          Value x;
          int q = value_next(vm, st->items[j], &x);
          if (q < 0) { result = -1; break; }
          if (q > 0) {
            vm_raise(vm, vm->exc_ValueError, "zip() argument %zu is longer than argument%s%zu", j + 1,
                     j == 1 ? " " : "s 1-", j);
            result = -1;
            break;
          }
        }
      }
      break;
    }
  }
  vm_pop_root(vm, 1);
  if (result > 0) *out = OBJ_VAL(t);
  return result;
}

/* enumerate: seq = (iter,), index = the count */
static int enumerate_next(VM *vm, ObjNativeIter *it, Value *out) {
  Value v;
  int r = value_next(vm, AS_TUPLE(it->seq)->items[0], &v);
  if (r <= 0) return r;
  ObjTuple *t = tuple_new(vm, 2);
  if (t == NULL) return -1;
  t->items[0] = INT_VAL(it->index);
  t->items[1] = v;
  it->index++;
  *out = OBJ_VAL(t);
  return 1;
}

/* A lazy iterator of class [cls] with state [st]. */
static bool make_lazy(VM *vm, ObjTuple *st, NativeIterNext next, ObjClass *cls, Value *out) {
  ObjNativeIter *it = native_iter_new(vm, OBJ_VAL(st), next);
  if (it == NULL) return false;
  it->obj.cls = cls;
  it->limit = 0;
  *out = OBJ_VAL(it);
  return true;
}

/* A tuple (prefix, iter(args[from]), iter(args[from+1]), ...). */
static ObjTuple *iter_state(VM *vm, Value prefix, int argc, Value *args, int from) {
  int has_prefix = IS_UNDEF(prefix) ? 0 : 1;
  ObjTuple *st = tuple_new(vm, (size_t)(argc - from + has_prefix));
  if (st == NULL) return NULL;
  if (has_prefix) st->items[0] = prefix;
  vm_push_root(vm, OBJ_VAL(st));
  for (int i = from; i < argc; i++) {
    if (!value_iter(vm, args[i], &st->items[i - from + has_prefix])) { vm_pop_root(vm, 1); return NULL; }
  }
  vm_pop_root(vm, 1);
  return st;
}

static bool map_m_new(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  if (!no_kwargs(vm, "map", kwargs)) return false;
  if (argc < 3) return vm_raise(vm, vm->exc_TypeError, "map() must have at least two arguments.");
  ObjTuple *st = iter_state(vm, args[1], argc, args, 2);
  return st != NULL && make_lazy(vm, st, map_next, RT(vm)->t_map, out);
}

static bool filter_m_new(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  if (!no_kwargs(vm, "filter", kwargs)) return false;
  if (argc != 3) return vm_raise(vm, vm->exc_TypeError, "filter expected 2 arguments, got %d", argc - 1);
  ObjTuple *st = iter_state(vm, args[1], argc, args, 2);
  return st != NULL && make_lazy(vm, st, filter_next, RT(vm)->t_filter, out);
}

static bool zip_m_new(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  static const char *const kw[] = {"strict", NULL};
  if (!kwargs_check(vm, "zip", kwargs, kw)) return false;
  Value strict = BOOL_VAL(false);
  kwarg_get(vm, kwargs, "strict", &strict);
  int s = value_truthy(vm, strict);
  if (s < 0) return false;
  ObjTuple *st = iter_state(vm, UNDEF_VAL, argc, args, 1);
  if (st == NULL || !make_lazy(vm, st, zip_next, RT(vm)->t_zip, out)) return false;
  ((ObjNativeIter *)AS_OBJ(*out))->limit = s;
  return true;
}

static bool enumerate_m_new(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  static const char *const kw[] = {"iterable", "start", NULL};
  if (!kwargs_check(vm, "enumerate", kwargs, kw)) return false;
  Value iterable = argc > 1 ? args[1] : UNDEF_VAL, start = argc > 2 ? args[2] : INT_VAL(0);
  kwarg_get(vm, kwargs, "iterable", &iterable);
  kwarg_get(vm, kwargs, "start", &start);
  if (IS_UNDEF(iterable))
    return vm_raise(vm, vm->exc_TypeError, "enumerate() missing required argument 'iterable' (pos 1)");
  if (argc > 3) return vm_raise(vm, vm->exc_TypeError, "enumerate() takes at most 2 arguments (%d given)", argc - 1);
  int64_t s;
  if (!arg_int(vm, start, &s)) return false;
  ObjTuple *st = iter_state(vm, UNDEF_VAL, 1, &iterable, 0);
  if (st == NULL || !make_lazy(vm, st, enumerate_next, RT(vm)->t_enumerate, out)) return false;
  ((ObjNativeIter *)AS_OBJ(*out))->index = s;
  return true;
}

static bool reversed_m_new(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  if (!no_kwargs(vm, "reversed", kwargs)) return false;
  if (argc != 2) return vm_raise(vm, vm->exc_TypeError, "reversed expected 1 argument, got %d", argc - 1);
  Value seq = args[1];
  if (IS_LIST(seq)) return ops_list_reverse_iter(vm, AS_LIST(seq), out);
  int called = ops_call_dunder(vm, seq, "__reversed__", 0, NULL, out);
  if (called != 0) return called > 0;
  ObjList *l = NULL;
  int k = obj_kind(seq);
  Value fn;
  if (k == OBJ_TUPLE || k == OBJ_STR || k == OBJ_RANGE || k == OBJ_DICT ||
      (IS_OBJ(seq) && (k == OBJ_NATIVE_ITER && ((ObjNativeIter *)AS_OBJ(seq))->next == NULL &&
                       AS_OBJ(seq)->cls != RT(vm)->t_slice)))
    l = list_from_iter(vm, seq);
  else if (IS_OBJ(seq) && class_lookup(AS_OBJ(seq)->cls, rt_name(vm, "__getitem__"), &fn) &&
           class_lookup(AS_OBJ(seq)->cls, rt_name(vm, "__len__"), &fn)) {
    int64_t n;
    if (!value_len(vm, seq, &n)) return false;
    l = list_new(vm, 0);
    if (l == NULL) return false;
    vm_push_root(vm, OBJ_VAL(l));
    for (int64_t i = 0; i < n; i++) {
      Value v;
      if (!value_getitem(vm, seq, INT_VAL(i), &v) || !list_append(vm, l, v)) { vm_pop_root(vm, 1); return false; }
    }
    vm_pop_root(vm, 1);
  } else {
    return vm_raise(vm, vm->exc_TypeError, "'%s' object is not reversible", value_type_name(vm, seq));
  }
  if (l == NULL) return false;
  if (!ops_list_reverse_iter(vm, l, out)) return false;
  AS_OBJ(*out)->cls = RT(vm)->t_reversed;
  return true;
}

/* The iterator classes' own methods: __iter__ returns self, __next__ steps. */
static bool iter_m_iter(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  *out = args[0];
  return true;
}

static bool iter_m_next(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  if (!IS_KIND(args[0], OBJ_NATIVE_ITER) || ((ObjNativeIter *)AS_OBJ(args[0]))->next == NULL)
    return vm_raise(vm, vm->exc_TypeError, "'%s' object is not an iterator", value_type_name(vm, args[0]));
  ObjNativeIter *it = (ObjNativeIter *)AS_OBJ(args[0]);
  int r = it->next(vm, it, out);
  if (r > 0) return true;
  if (r < 0) return false;
  ObjException *e = exc_new(vm, vm->exc_StopIteration, NULL);
  return e != NULL && vm_raise_value(vm, OBJ_VAL(e));
}

/* }====================================================== */

/* {====================================================== property & co. */

static bool property_m_new(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  static const char *const kw[] = {"fget", "fset", "fdel", "doc", NULL};
  if (!kwargs_check(vm, "property", kwargs, kw)) return false;
  Value v[4] = {NONE_VAL, NONE_VAL, NONE_VAL, NONE_VAL};
  for (int i = 1; i < argc && i <= 4; i++) v[i - 1] = args[i];
  for (int i = 0; i < 4; i++) kwarg_get(vm, kwargs, kw[i], &v[i]);
  ObjProperty *p = property_new(vm, PROP_PROPERTY, IS_NONE(v[0]) ? UNDEF_VAL : v[0]);
  if (p == NULL) return false;
  p->fset = IS_NONE(v[1]) ? UNDEF_VAL : v[1];
  p->fdel = IS_NONE(v[2]) ? UNDEF_VAL : v[2];
  p->doc = v[3];
  *out = OBJ_VAL(p);
  return true;
}

/* property.setter / getter / deleter: a copy with one function replaced. */
static bool property_copy(VM *vm, int argc, Value *args, int which, Value *out) {
  if (argc != 2 || !IS_KIND(args[0], OBJ_PROPERTY))
    return vm_raise(vm, vm->exc_TypeError, "expected 1 argument, got %d", argc - 1);
  ObjProperty *o = (ObjProperty *)AS_OBJ(args[0]);
  ObjProperty *p = property_new(vm, PROP_PROPERTY, o->fget);
  if (p == NULL) return false;
  p->fset = o->fset;
  p->fdel = o->fdel;
  p->doc = o->doc;
  p->name = o->name;
  if (which == 0) p->fget = args[1];
  else if (which == 1) p->fset = args[1];
  else p->fdel = args[1];
  *out = OBJ_VAL(p);
  return true;
}

static bool property_m_getter(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  return property_copy(vm, argc, args, 0, out);
}
static bool property_m_setter(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  return property_copy(vm, argc, args, 1, out);
}
static bool property_m_deleter(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  return property_copy(vm, argc, args, 2, out);
}

/* staticmethod(f) / classmethod(f) */
static bool wrapper_new(VM *vm, int argc, Value *args, PropKind kind, ObjClass *cls, Value *out) {
  if (argc != 2)
    return vm_raise(vm, vm->exc_TypeError, "%s expected 1 argument, got %d", cls->name->chars, argc - 1);
  ObjProperty *p = property_new(vm, kind, args[1]);
  if (p == NULL) return false;
  p->obj.cls = cls;
  *out = OBJ_VAL(p);
  return true;
}

static bool staticmethod_m_new(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  return wrapper_new(vm, argc, args, PROP_STATICMETHOD, RT(vm)->t_staticmethod, out);
}
static bool classmethod_m_new(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  return wrapper_new(vm, argc, args, PROP_CLASSMETHOD, RT(vm)->t_classmethod, out);
}

/* The protocol as methods of the builtin types (x.__getitem__(k), ...). */
static bool need_args(VM *vm, int argc, int n, const char *name) {
  if (argc != n + 1)
    return vm_raise(vm, vm->exc_TypeError, "expected %d argument%s, got %d", n, n == 1 ? "" : "s", argc - 1);
  return true;
}
static bool proto_getitem(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  return need_args(vm, argc, 1, "__getitem__") && value_getitem(vm, args[0], args[1], out);
}
static bool proto_setitem(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  *out = NONE_VAL;
  return need_args(vm, argc, 2, "__setitem__") && value_setitem(vm, args[0], args[1], args[2]);
}
static bool proto_delitem(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  *out = NONE_VAL;
  return need_args(vm, argc, 1, "__delitem__") && value_delitem(vm, args[0], args[1]);
}
static bool proto_len(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  int64_t n;
  if (!need_args(vm, argc, 0, "__len__") || !value_len(vm, args[0], &n)) return false;
  *out = INT_VAL(n);
  return true;
}
static bool proto_contains(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  if (!need_args(vm, argc, 1, "__contains__")) return false;
  int r = value_contains(vm, args[0], args[1]);
  if (r < 0) return false;
  *out = BOOL_VAL(r);
  return true;
}
static bool proto_iter(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  return need_args(vm, argc, 0, "__iter__") && value_iter(vm, args[0], out);
}

/* __import__(name): import a module by name. */
static bool builtin_import(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  if (argc < 1 || !IS_STR(args[0]))
    return vm_raise(vm, vm->exc_TypeError, "__import__() argument 1 must be str");
  ObjStr *name = str_intern(vm, AS_STR(args[0])->chars, AS_STR(args[0])->len);
  return name != NULL && runtime_import(vm, name, out);
}

/* slice(stop) / slice(start, stop[, step]) */
static bool slice_m_new(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  if (!no_kwargs(vm, "slice", kwargs)) return false;
  int n = argc - 1;
  if (n < 1) return vm_raise(vm, vm->exc_TypeError, "slice expected at least 1 argument, got %d", n);
  if (n > 3) return vm_raise(vm, vm->exc_TypeError, "slice expected at most 3 arguments, got %d", n);
  if (n == 1) return value_make_slice(vm, NONE_VAL, args[1], NONE_VAL, out);
  return value_make_slice(vm, args[1], args[2], n == 3 ? args[3] : NONE_VAL, out);
}

/* }====================================================== */

bool builtins_init(VM *vm) {
  ObjDict *b = vm->builtins;
  RuntimeState *rt = RT(vm);
  /* Functions. */
  define_native(vm, b, "print", builtin_print);
  define_native(vm, b, "input", builtin_input);
  define_native(vm, b, "repr", builtin_repr);
  define_native(vm, b, "ascii", builtin_ascii);
  define_native(vm, b, "len", builtin_len);
  define_native(vm, b, "isinstance", builtin_isinstance);
  define_native(vm, b, "issubclass", builtin_issubclass);
  define_native(vm, b, "abs", builtin_abs);
  define_native(vm, b, "min", builtin_min);
  define_native(vm, b, "max", builtin_max);
  define_native(vm, b, "sum", builtin_sum);
  define_native(vm, b, "sorted", builtin_sorted);
  define_native(vm, b, "any", builtin_any);
  define_native(vm, b, "all", builtin_all);
  define_native(vm, b, "iter", builtin_iter);
  define_native(vm, b, "next", builtin_next);
  define_native(vm, b, "aiter", builtin_aiter);
  define_native(vm, b, "anext", builtin_anext);
  anext_init_type(vm);
  define_native(vm, b, "hash", builtin_hash);
  define_native(vm, b, "id", builtin_id);
  define_native(vm, b, "chr", builtin_chr);
  define_native(vm, b, "ord", builtin_ord);
  define_native(vm, b, "divmod", builtin_divmod);
  define_native(vm, b, "round", builtin_round);
  define_native(vm, b, "hex", builtin_hex);
  define_native(vm, b, "oct", builtin_oct);
  define_native(vm, b, "bin", builtin_bin);
  define_native(vm, b, "pow", builtin_pow);
  define_native(vm, b, "callable", builtin_callable);
  define_native(vm, b, "getattr", builtin_getattr);
  define_native(vm, b, "setattr", builtin_setattr);
  define_native(vm, b, "delattr", builtin_delattr);
  define_native(vm, b, "hasattr", builtin_hasattr);
  define_native(vm, b, "format", builtin_format);
  define_native(vm, b, "vars", builtin_vars);
  define_native(vm, b, "eval", builtin_eval);
  define_native(vm, b, "exec", builtin_exec);
  define_native(vm, b, "compile", builtin_compile);
  /* The builtins module's own name: what `__name__` finds in code run with
     globals that lack it (a class body made by exec() with a fresh dict
     takes its __module__ from there), as in CPython. */
  ObjStr *bname = str_from_cstr(vm, "builtins");
  if (bname == NULL || !dict_set_cstr(vm, b, "__name__", OBJ_VAL(bname))) return false;
  define_native(vm, b, "globals", builtin_globals);
  define_native(vm, b, "locals", builtin_locals);
  define_native(vm, b, "dir", builtin_dir);

  /* object and type. */
  ObjDict *d = vm->t_object->dict;
  define_native(vm, d, "__new__", object_m_new);
  define_native(vm, d, "__init__", object_m_init);
  define_native(vm, d, "__repr__", object_m_repr);
  define_native(vm, d, "__str__", object_m_str);
  define_native(vm, d, "__eq__", object_m_eq);
  define_native(vm, d, "__ne__", object_m_ne);
  define_native(vm, d, "__hash__", object_m_hash);
  define_native(vm, d, "__format__", object_m_format);
  define_native(vm, d, "__setattr__", object_m_setattr);
  define_native(vm, d, "__getattribute__", object_m_getattribute);
  define_native(vm, d, "__init_subclass__", object_m_init_subclass);
  define_native(vm, vm->t_type->dict, "__new__", type_m_new);
  define_native(vm, vm->t_type->dict, "mro", type_m_mro);

  /* range and the lazy iterators. */
  define_native(vm, vm->t_range->dict, "__new__", range_m_new);
  define_native(vm, vm->t_range->dict, "index", range_m_index);
  define_native(vm, vm->t_range->dict, "count", range_m_count);
  define_native(vm, rt->t_map->dict, "__new__", map_m_new);
  define_native(vm, rt->t_filter->dict, "__new__", filter_m_new);
  define_native(vm, rt->t_zip->dict, "__new__", zip_m_new);
  define_native(vm, rt->t_enumerate->dict, "__new__", enumerate_m_new);
  define_native(vm, rt->t_reversed->dict, "__new__", reversed_m_new);
  ObjClass *iters[] = {
    vm->t_iterator, rt->t_list_iterator, rt->t_list_reverseiterator, rt->t_tuple_iterator,
    rt->t_str_iterator, rt->t_str_ascii_iterator, rt->t_dict_keyiterator, rt->t_dict_valueiterator,
    rt->t_dict_itemiterator, rt->t_range_iterator, rt->t_map, rt->t_filter, rt->t_zip,
    rt->t_enumerate, rt->t_reversed,
  };
  for (size_t i = 0; i < sizeof iters / sizeof iters[0]; i++) {
    define_native(vm, iters[i]->dict, "__iter__", iter_m_iter);
    define_native(vm, iters[i]->dict, "__next__", iter_m_next);
  }

  /* property, staticmethod, classmethod. */
  d = vm->t_property->dict;
  define_native(vm, d, "__new__", property_m_new);
  define_native(vm, d, "getter", property_m_getter);
  define_native(vm, d, "setter", property_m_setter);
  define_native(vm, d, "deleter", property_m_deleter);
  define_native(vm, rt->t_staticmethod->dict, "__new__", staticmethod_m_new);
  define_native(vm, rt->t_classmethod->dict, "__new__", classmethod_m_new);
  define_native(vm, rt->t_slice->dict, "__new__", slice_m_new);

  /* The protocol as dunder methods of the builtin containers. */
  ObjClass *seqs[] = {vm->t_str, vm->t_list, vm->t_tuple, vm->t_dict, vm->t_range};
  for (size_t i = 0; i < sizeof seqs / sizeof seqs[0]; i++) {
    define_native(vm, seqs[i]->dict, "__getitem__", proto_getitem);
    define_native(vm, seqs[i]->dict, "__len__", proto_len);
    define_native(vm, seqs[i]->dict, "__contains__", proto_contains);
    define_native(vm, seqs[i]->dict, "__iter__", proto_iter);
  }
  define_native(vm, vm->t_list->dict, "__setitem__", proto_setitem);
  define_native(vm, vm->t_list->dict, "__delitem__", proto_delitem);
  define_native(vm, vm->t_dict->dict, "__setitem__", proto_setitem);
  define_native(vm, vm->t_dict->dict, "__delitem__", proto_delitem);
  define_native(vm, b, "__import__", builtin_import);

  /* Classes and constants by name. */
  struct { const char *name; ObjClass *cls; } classes[] = {
    {"object", vm->t_object}, {"type", vm->t_type}, {"int", vm->t_int}, {"bool", vm->t_bool},
    {"float", vm->t_float}, {"str", vm->t_str}, {"tuple", vm->t_tuple}, {"list", vm->t_list},
    {"dict", vm->t_dict}, {"set", vm->t_set}, {"frozenset", vm->t_frozenset},
    {"range", vm->t_range}, {"property", vm->t_property}, {"staticmethod", rt->t_staticmethod},
    {"classmethod", rt->t_classmethod}, {"map", rt->t_map}, {"filter", rt->t_filter},
    {"zip", rt->t_zip}, {"enumerate", rt->t_enumerate}, {"reversed", rt->t_reversed},
    {"slice", rt->t_slice}, {"EOFError", rt->exc_EOFError},
  };
  for (size_t i = 0; i < sizeof classes / sizeof classes[0]; i++)
    if (!dict_set_cstr(vm, b, classes[i].name, OBJ_VAL(classes[i].cls))) return false;
#define X(n, base) if (!dict_set_cstr(vm, b, #n, OBJ_VAL(vm->exc_##n))) return false;
  BUILTIN_EXCEPTIONS(X)
#undef X
  if (!dict_set_cstr(vm, b, "NotImplemented", rt->not_implemented) ||
      !dict_set_cstr(vm, b, "Ellipsis", rt->ellipsis) ||
      !dict_set_cstr(vm, b, "None", NONE_VAL) ||
      !dict_set_cstr(vm, b, "True", BOOL_VAL(true)) ||
      !dict_set_cstr(vm, b, "False", BOOL_VAL(false)))
    return false;
  return true;
}
