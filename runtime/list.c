/*
** list.c -- list and tuple: construction from iterables and the methods
** (append, extend, insert, pop, remove, index, count, sort, reverse, copy,
** clear; tuple.index and tuple.count).
*/
#include "runtime/builtins.h"

#include <string.h>

#include "src/gc.h"

/* {====================================================== from iterables */

bool list_extend_iter(VM *vm, ObjList *dst, Value src) {
  /* Fast paths copy arrays (a snapshot, so l.extend(l) is fine). */
  if (IS_LIST(src) || IS_TUPLE(src)) {
    size_t n = IS_LIST(src) ? AS_LIST(src)->count : AS_TUPLE(src)->count;
    for (size_t i = 0; i < n; i++) {
      Value v = IS_LIST(src) ? AS_LIST(src)->items[i] : AS_TUPLE(src)->items[i];
      if (!list_append(vm, dst, v)) return false;
    }
    return true;
  }
  Value it;
  if (!value_iter(vm, src, &it)) return false;
  vm_push_root(vm, it);
  vm_push_root(vm, OBJ_VAL(dst));
  int r;
  Value v;
  while ((r = value_next(vm, it, &v)) > 0)
    if (!list_append(vm, dst, v)) { r = -1; break; }
  vm_pop_root(vm, 2);
  return r == 0;
}

ObjList *list_from_iter(VM *vm, Value iterable) {
  ObjList *l = list_new(vm, 0);
  if (l == NULL) return NULL;
  vm_push_root(vm, OBJ_VAL(l));
  bool ok = list_extend_iter(vm, l, iterable);
  vm_pop_root(vm, 1);
  return ok ? l : NULL;
}

ObjTuple *tuple_from_iter(VM *vm, Value iterable) {
  if (IS_TUPLE(iterable)) return AS_TUPLE(iterable);
  ObjList *l = list_from_iter(vm, iterable);
  if (l == NULL) return NULL;
  ObjTuple *t = tuple_new(vm, l->count);
  if (t == NULL) return NULL;
  if (l->count > 0) memcpy(t->items, l->items, sizeof(Value) * l->count);
  return t;
}

/* }====================================================== */

/* {====================================================== list methods */

static bool self_list(VM *vm, Value v, const char *m, ObjList **out) {
  *out = NULL;
  if (!IS_LIST(v))
    return vm_raise(vm, vm->exc_TypeError, "descriptor '%s' for 'list' objects doesn't apply to a '%s' object",
                    m, value_type_name(vm, v));
  *out = AS_LIST(v);
  return true;
}

/* list.__new__(cls, iterable=()) */
static bool list_m_new(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  if (kwargs != NULL && kwargs->count > 0)
    return vm_raise(vm, vm->exc_TypeError, "list() takes no keyword arguments");
  if (argc > 2) return vm_raise(vm, vm->exc_TypeError, "list expected at most 1 argument, got %d", argc - 1);
  ObjList *l = argc > 1 ? list_from_iter(vm, args[1]) : list_new(vm, 0);
  if (l == NULL) return false;
  if (IS_CLASS(args[0])) l->obj.cls = AS_CLASS(args[0]);
  *out = OBJ_VAL(l);
  return true;
}

static bool list_m_append(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  ObjList *l;
  if (!self_list(vm, args[0], "append", &l)) return false;
  if (argc != 2 || (kwargs && kwargs->count))
    return vm_raise(vm, vm->exc_TypeError, "list.append() takes exactly one argument (%d given)", argc - 1);
  if (!list_append(vm, l, args[1])) return false;
  *out = NONE_VAL;
  return true;
}

static bool list_m_extend(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  ObjList *l;
  if (!self_list(vm, args[0], "extend", &l)) return false;
  if (argc != 2 || (kwargs && kwargs->count))
    return vm_raise(vm, vm->exc_TypeError, "list.extend() takes exactly one argument (%d given)", argc - 1);
  if (!list_extend_iter(vm, l, args[1])) return false;
  *out = NONE_VAL;
  return true;
}

static bool list_m_insert(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  ObjList *l;
  if (!self_list(vm, args[0], "insert", &l)) return false;
  if (argc != 3) return vm_raise(vm, vm->exc_TypeError, "insert expected 2 arguments, got %d", argc - 1);
  int64_t i;
  if (!arg_int(vm, args[1], &i)) return false;
  int64_t n = (int64_t)l->count;
  if (i < 0) { i += n; if (i < 0) i = 0; }
  if (i > n) i = n;
  if (!list_append(vm, l, NONE_VAL)) return false;
  memmove(l->items + i + 1, l->items + i, sizeof(Value) * (size_t)(n - i));
  l->items[i] = args[2];
  *out = NONE_VAL;
  return true;
}

static bool list_m_pop(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  ObjList *l;
  if (!self_list(vm, args[0], "pop", &l)) return false;
  if (!args_check_method(vm, "pop", argc, kwargs, 0, 1)) return false;
  int64_t i = -1;
  if (argc > 1 && !arg_int(vm, args[1], &i)) return false;
  if (l->count == 0) return vm_raise(vm, vm->exc_IndexError, "pop from empty list");
  if (!ops_seq_index((int64_t)l->count, i, &i))
    return vm_raise(vm, vm->exc_IndexError, "pop index out of range");
  *out = l->items[i];
  memmove(l->items + i, l->items + i + 1, sizeof(Value) * (l->count - (size_t)i - 1));
  l->count--;
  return true;
}

/* The index of the first item equal to [v] in [items] within [start, end),
** -1 when absent, -2 on error. */
static int64_t find_item(VM *vm, Value *items, size_t *count, Value v, int64_t start, int64_t end) {
  for (int64_t i = start; i < end && (size_t)i < *count; i++) {
    Value x = items[i];
    int e = (IS_OBJ(x) && IS_OBJ(v) && AS_OBJ(x) == AS_OBJ(v)) ? 1 : value_eq(vm, x, v);
    if (e < 0) return -2;
    if (e) return i;
  }
  return -1;
}

static bool list_m_remove(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  ObjList *l;
  if (!self_list(vm, args[0], "remove", &l)) return false;
  if (argc != 2) return vm_raise(vm, vm->exc_TypeError, "list.remove() takes exactly one argument (%d given)", argc - 1);
  int64_t i = find_item(vm, l->items, &l->count, args[1], 0, (int64_t)l->count);
  if (i == -2) return false;
  if (i < 0) return vm_raise(vm, vm->exc_ValueError, "list.remove(x): x not in list");
  memmove(l->items + i, l->items + i + 1, sizeof(Value) * (l->count - (size_t)i - 1));
  l->count--;
  *out = NONE_VAL;
  return true;
}

/* Resolve index()'s optional start and stop against [n]. */
static bool index_bounds(VM *vm, int argc, Value *args, int64_t n, int64_t *start, int64_t *end) {
  *start = 0;
  *end = n;
  if (argc > 2 && !arg_index(vm, args[2], 0, start)) return false;
  if (argc > 3 && !arg_index(vm, args[3], n, end)) return false;
  if (*start < 0) { *start += n; if (*start < 0) *start = 0; }
  if (*end < 0) { *end += n; if (*end < 0) *end = 0; }
  return true;
}

/* index() of a list or tuple. */
static bool seq_index(VM *vm, int argc, Value *args, ObjDict *kwargs, Value *items, size_t *count,
                      const char *what, Value *out) {
  if (!args_check_method(vm, "index", argc, kwargs, 1, 3)) return false;
  int64_t start, end;
  if (!index_bounds(vm, argc, args, (int64_t)*count, &start, &end)) return false;
  int64_t i = find_item(vm, items, count, args[1], start, end);
  if (i == -2) return false;
  if (i < 0) {
    if (what[0] == 'l') {
      ObjStr *r;
      if (!value_repr(vm, args[1], &r)) return false;
      return vm_raise(vm, vm->exc_ValueError, "%s is not in list", r->chars);
    }
    return vm_raise(vm, vm->exc_ValueError, "tuple.index(x): x not in tuple");
  }
  *out = INT_VAL(i);
  return true;
}

/* count() of a list or tuple. */
static bool seq_count(VM *vm, int argc, Value *args, Value *items, size_t *count, Value *out) {
  if (argc != 2) return vm_raise(vm, vm->exc_TypeError, "count() takes exactly one argument (%d given)", argc - 1);
  int64_t n = 0;
  for (size_t i = 0; i < *count; i++) {
    Value x = items[i];
    int e = (IS_OBJ(x) && IS_OBJ(args[1]) && AS_OBJ(x) == AS_OBJ(args[1])) ? 1 : value_eq(vm, x, args[1]);
    if (e < 0) return false;
    n += e;
  }
  *out = INT_VAL(n);
  return true;
}

static bool list_m_index(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  ObjList *l;
  if (!self_list(vm, args[0], "index", &l)) return false;
  return seq_index(vm, argc, args, kwargs, l->items, &l->count, "list", out);
}

static bool list_m_count(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  ObjList *l;
  if (!self_list(vm, args[0], "count", &l) || !args_check_fixed(vm, "list.count", argc, kwargs, 1))
    return false;
  return seq_count(vm, argc, args, l->items, &l->count, out);
}

static bool list_m_reverse(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  ObjList *l;
  if (!self_list(vm, args[0], "reverse", &l) || !args_check_fixed(vm, "list.reverse", argc, kwargs, 0))
    return false;
  for (size_t i = 0, j = l->count ? l->count - 1 : 0; i < j; i++, j--) {
    Value t = l->items[i];
    l->items[i] = l->items[j];
    l->items[j] = t;
  }
  *out = NONE_VAL;
  return true;
}

static bool list_m_copy(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  ObjList *l;
  if (!self_list(vm, args[0], "copy", &l) || !args_check_fixed(vm, "list.copy", argc, kwargs, 0))
    return false;
  ObjList *c = list_new(vm, l->count);
  if (c == NULL) return false;
  if (l->count > 0) memcpy(c->items, l->items, sizeof(Value) * l->count);
  c->count = l->count;
  *out = OBJ_VAL(c);
  return true;
}

static bool list_m_clear(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  ObjList *l;
  if (!self_list(vm, args[0], "clear", &l) || !args_check_fixed(vm, "list.clear", argc, kwargs, 0))
    return false;
  l->count = 0;
  *out = NONE_VAL;
  return true;
}

/* list.sort(*, key=None, reverse=False) */
static bool list_m_sort(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  ObjList *l;
  if (!self_list(vm, args[0], "sort", &l)) return false;
  if (argc > 1) return vm_raise(vm, vm->exc_TypeError, "sort() takes no positional arguments");
  static const char *const kw[] = {"key", "reverse", NULL};
  if (!kwargs_check(vm, "sort", kwargs, kw)) return false;
  Value key = NONE_VAL, rev = BOOL_VAL(false);
  kwarg_get(vm, kwargs, "key", &key);
  kwarg_get(vm, kwargs, "reverse", &rev);
  int r = value_truthy(vm, rev);
  if (r < 0) return false;
  /* As CPython's list.sort: while the sort runs the list is empty (a key
  ** function sees len 0), and anything it puts there is dropped afterwards
  ** with ValueError('list modified during sort').  The items are sorted in
  ** a private copy (rooted; it keeps them alive meanwhile), then put back. */
  size_t n = l->count, cap = l->capacity;
  Value *saved = l->items;
  ObjTuple *copy = tuple_new(vm, n);
  if (copy == NULL) return false;
  if (n > 0) memcpy(copy->items, saved, sizeof(Value) * n);
  vm_push_root(vm, OBJ_VAL(copy));
  l->items = NULL;
  l->count = l->capacity = 0;
  bool ok = builtins_sort(vm, copy->items, n, IS_NONE(key) ? UNDEF_VAL : key, r);
  bool modified = l->items != NULL || l->count != 0;
  if (l->items != NULL) gc_realloc(vm, l->items, sizeof(Value) * l->capacity, 0);
  l->items = saved;
  l->capacity = cap;
  l->count = n;
  if (n > 0) memcpy(l->items, copy->items, sizeof(Value) * n);   /* sorted, or as far as it got */
  if (ok && modified) ok = vm_raise(vm, vm->exc_ValueError, "list modified during sort");
  vm_pop_root(vm, 1);
  *out = NONE_VAL;
  return ok;
}

/* }====================================================== */

/* {====================================================== tuple methods */

static bool tuple_m_new(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  if (kwargs != NULL && kwargs->count > 0)
    return vm_raise(vm, vm->exc_TypeError, "tuple() takes no keyword arguments");
  if (argc > 2) return vm_raise(vm, vm->exc_TypeError, "tuple expected at most 1 argument, got %d", argc - 1);
  ObjTuple *t = argc > 1 ? tuple_from_iter(vm, args[1]) : tuple_new(vm, 0);
  if (t == NULL) return false;
  *out = OBJ_VAL(t);
  return true;
}

static bool tuple_m_index(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  if (!IS_TUPLE(args[0])) return vm_raise(vm, vm->exc_TypeError, "descriptor 'index' requires a 'tuple' object");
  ObjTuple *t = AS_TUPLE(args[0]);
  return seq_index(vm, argc, args, kwargs, t->items, &t->count, "tuple", out);
}

static bool tuple_m_count(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  if (!IS_TUPLE(args[0])) return vm_raise(vm, vm->exc_TypeError, "descriptor 'count' requires a 'tuple' object");
  ObjTuple *t = AS_TUPLE(args[0]);
  return seq_count(vm, argc, args, t->items, &t->count, out);
}

/* }====================================================== */

bool list_init_methods(VM *vm) {
  ObjDict *d = vm->t_list->dict;
  define_native(vm, d, "__new__", list_m_new);
  define_native(vm, d, "append", list_m_append);
  define_native(vm, d, "extend", list_m_extend);
  define_native(vm, d, "insert", list_m_insert);
  define_native(vm, d, "pop", list_m_pop);
  define_native(vm, d, "remove", list_m_remove);
  define_native(vm, d, "index", list_m_index);
  define_native(vm, d, "count", list_m_count);
  define_native(vm, d, "reverse", list_m_reverse);
  define_native(vm, d, "copy", list_m_copy);
  define_native(vm, d, "clear", list_m_clear);
  define_native(vm, d, "sort", list_m_sort);
  d = vm->t_tuple->dict;
  define_native(vm, d, "__new__", tuple_m_new);
  define_native(vm, d, "index", tuple_m_index);
  define_native(vm, d, "count", tuple_m_count);
  return true;
}
