/*
** dict.c -- the dict type's methods (get, keys, values, items, pop,
** popitem, setdefault, update, copy, clear, fromkeys) and its views.
** (The hash table itself is src/object.c's.)
**
** A view is an ObjNativeIter with no next function, class dict_keys /
** dict_values / dict_items, seq the dict and index the view's kind.
*/
#include "runtime/builtins.h"

#include <string.h>

bool dict_make_view(VM *vm, ObjDict *d, int kind, Value *out) {
  ObjNativeIter *v = native_iter_new(vm, OBJ_VAL(d), NULL);
  if (v == NULL) return false;
  RuntimeState *rt = RT(vm);
  v->obj.cls = kind == 0 ? rt->t_dict_keys : kind == 1 ? rt->t_dict_values : rt->t_dict_items;
  v->index = kind;
  *out = OBJ_VAL(v);
  return true;
}

bool dict_update_from(VM *vm, ObjDict *d, Value other) {
  if (IS_DICT(other)) {
    size_t pos = 0;
    Value k, v;
    while (dict_next(AS_DICT(other), &pos, &k, &v))
      if (!dict_set(vm, d, k, v)) return false;
    return true;
  }
  /* Objects with keys(): a mapping. */
  Value keys_fn;
  int has = value_lookup_attr(vm, other, rt_name(vm, "keys"), &keys_fn);
  if (has < 0) return false;
  vm_push_root(vm, other);
  vm_push_root(vm, OBJ_VAL(d));
  bool ok = true;
  if (has) {
    Value keys;
    ObjList *kl = NULL;
    ok = vm_call(vm, keys_fn, 0, NULL, NULL, &keys) && (kl = list_from_iter(vm, keys)) != NULL;
    if (ok) vm_push_root(vm, OBJ_VAL(kl));
    for (size_t i = 0; ok && i < kl->count; i++) {
      Value v;
      ok = value_getitem(vm, other, kl->items[i], &v) && dict_set(vm, d, kl->items[i], v);
    }
    if (kl != NULL) vm_pop_root(vm, 1);
    vm_pop_root(vm, 2);
    return ok;
  }
  /* An iterable of pairs. */
  Value it;
  if (!value_iter(vm, other, &it)) { vm_pop_root(vm, 2); return false; }
  vm_push_root(vm, it);
  int r;
  Value item;
  int64_t index = 0;
  while (ok && (r = value_next(vm, it, &item)) > 0) {
    ObjList *pair = NULL;
    if (IS_TUPLE(item) || IS_LIST(item) || IS_STR(item) || IS_OBJ(item)) {
      vm_push_root(vm, item);
      pair = list_from_iter(vm, item);
      vm_pop_root(vm, 1);
    }
    if (pair == NULL) {
      if (vm_exception_matches(vm, vm->exc_TypeError) || IS_UNDEF(vm->exception)) {
        vm_take_exception(vm);
        ok = vm_raise(vm, vm->exc_TypeError,
                      "cannot convert dictionary update sequence element #%lld to a sequence",
                      (long long)index);
      } else {
        ok = false;
      }
      break;
    }
    if (pair->count != 2) {
      ok = vm_raise(vm, vm->exc_ValueError,
                    "dictionary update sequence element #%lld has length %zu; 2 is required",
                    (long long)index, pair->count);
      break;
    }
    ok = dict_set(vm, d, pair->items[0], pair->items[1]);
    index++;
  }
  if (ok && r < 0) ok = false;
  vm_pop_root(vm, 3);
  return ok;
}

static bool self_dict(VM *vm, Value v, const char *m, ObjDict **out) {
  *out = NULL;
  if (!IS_DICT(v))
    return vm_raise(vm, vm->exc_TypeError, "descriptor '%s' for 'dict' objects doesn't apply to a '%s' object",
                    m, value_type_name(vm, v));
  *out = AS_DICT(v);
  return true;
}

/* Add the keyword arguments of a call to [d]. */
static bool add_kwargs(VM *vm, ObjDict *d, ObjDict *kwargs) {
  if (kwargs == NULL) return true;
  size_t pos = 0;
  Value k, v;
  while (dict_next(kwargs, &pos, &k, &v))
    if (!dict_set(vm, d, k, v)) return false;
  return true;
}

/* dict.__new__(cls, [mapping or iterable], **kwargs) */
static bool dict_m_new(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  if (argc > 2) return vm_raise(vm, vm->exc_TypeError, "dict expected at most 1 argument, got %d", argc - 1);
  ObjDict *d = dict_new(vm);
  if (d == NULL) return false;
  if (IS_CLASS(args[0])) d->obj.cls = AS_CLASS(args[0]);
  vm_push_root(vm, OBJ_VAL(d));
  bool ok = (argc < 2 || dict_update_from(vm, d, args[1])) && add_kwargs(vm, d, kwargs);
  vm_pop_root(vm, 1);
  if (!ok) return false;
  *out = OBJ_VAL(d);
  return true;
}

static bool dict_m_get(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  ObjDict *d;
  if (!self_dict(vm, args[0], "get", &d)) return false;
  if (!args_check_method(vm, "get", argc, kwargs, 1, 2)) return false;
  int r = dict_get(vm, d, args[1], out);
  if (r < 0) return false;
  if (r == 0) *out = argc > 2 ? args[2] : NONE_VAL;
  return true;
}

static bool dict_m_keys(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  ObjDict *d;
  if (!self_dict(vm, args[0], "keys", &d) || !args_check_fixed(vm, "dict.keys", argc, kwargs, 0))
    return false;
  return dict_make_view(vm, d, 0, out);
}
static bool dict_m_values(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  ObjDict *d;
  if (!self_dict(vm, args[0], "values", &d) || !args_check_fixed(vm, "dict.values", argc, kwargs, 0))
    return false;
  return dict_make_view(vm, d, 1, out);
}
static bool dict_m_items(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  ObjDict *d;
  if (!self_dict(vm, args[0], "items", &d) || !args_check_fixed(vm, "dict.items", argc, kwargs, 0))
    return false;
  return dict_make_view(vm, d, 2, out);
}

/* Raise KeyError(key). */
static bool key_error(VM *vm, Value key) {
  ObjException *e = exc_new(vm, vm->exc_KeyError, NULL);
  ObjTuple *t = tuple_new(vm, 1);
  if (e == NULL || t == NULL) return false;
  t->items[0] = key;
  e->args = t;
  return vm_raise_value(vm, OBJ_VAL(e));
}

static bool dict_m_pop(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  ObjDict *d;
  if (!self_dict(vm, args[0], "pop", &d)) return false;
  if (!args_check_method(vm, "pop", argc, kwargs, 1, 2)) return false;
  int r = dict_del(vm, d, args[1], out);
  if (r < 0) return false;
  if (r == 0) {
    if (argc > 2) { *out = args[2]; return true; }
    return key_error(vm, args[1]);
  }
  return true;
}

static bool dict_m_popitem(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  ObjDict *d;
  if (!self_dict(vm, args[0], "popitem", &d) || !args_check_fixed(vm, "dict.popitem", argc, kwargs, 0))
    return false;
  if (d->count == 0) {
    ObjStr *m = str_from_cstr(vm, "popitem(): dictionary is empty");
    return m != NULL && key_error(vm, OBJ_VAL(m));
  }
  /* The last inserted entry. */
  size_t pos = 0, last = 0;
  Value k, v, lk = NONE_VAL, lv = NONE_VAL;
  while (dict_next(d, &pos, &k, &v)) { lk = k; lv = v; last = pos; }
  (void)last;
  ObjTuple *t = tuple_new(vm, 2);
  if (t == NULL) return false;
  t->items[0] = lk;
  t->items[1] = lv;
  if (dict_del(vm, d, lk, NULL) < 0) return false;
  *out = OBJ_VAL(t);
  return true;
}

static bool dict_m_setdefault(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  ObjDict *d;
  if (!self_dict(vm, args[0], "setdefault", &d)) return false;
  if (!args_check_method(vm, "setdefault", argc, kwargs, 1, 2)) return false;
  int r = dict_get(vm, d, args[1], out);
  if (r < 0) return false;
  if (r == 0) {
    *out = argc > 2 ? args[2] : NONE_VAL;
    if (!dict_set(vm, d, args[1], *out)) return false;
  }
  return true;
}

static bool dict_m_update(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  ObjDict *d;
  if (!self_dict(vm, args[0], "update", &d)) return false;
  if (argc > 2) return vm_raise(vm, vm->exc_TypeError, "update expected at most 1 argument, got %d", argc - 1);
  if (argc > 1 && !dict_update_from(vm, d, args[1])) return false;
  if (!add_kwargs(vm, d, kwargs)) return false;
  *out = NONE_VAL;
  return true;
}

static bool dict_m_copy(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  ObjDict *d;
  if (!self_dict(vm, args[0], "copy", &d) || !args_check_fixed(vm, "dict.copy", argc, kwargs, 0))
    return false;
  ObjDict *c = dict_new(vm);
  if (c == NULL || !dict_update_from(vm, c, args[0])) return false;
  *out = OBJ_VAL(c);
  return true;
}

static bool dict_m_clear(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  ObjDict *d;
  if (!self_dict(vm, args[0], "clear", &d) || !args_check_fixed(vm, "dict.clear", argc, kwargs, 0))
    return false;
  /* Delete every key (keeps the table's own invariants in object.c). */
  while (d->count > 0) {
    size_t pos = 0;
    Value k, v;
    if (!dict_next(d, &pos, &k, &v)) break;
    if (dict_del(vm, d, k, NULL) < 0) return false;
  }
  *out = NONE_VAL;
  return true;
}

/* dict.fromkeys(iterable, value=None) */
static bool dict_m_fromkeys(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  /* A staticmethod here: args[0] is the iterable. */
  int first = 0;
  if (argc - first < 1 || argc - first > 2)
    return vm_raise(vm, vm->exc_TypeError, "fromkeys expected at least 1 argument, got %d", argc - first);
  Value value = argc - first > 1 ? args[first + 1] : NONE_VAL;
  ObjList *keys = list_from_iter(vm, args[first]);
  if (keys == NULL) return false;
  vm_push_root(vm, OBJ_VAL(keys));
  ObjDict *d = dict_new(vm);
  bool ok = d != NULL;
  for (size_t i = 0; ok && i < keys->count; i++) ok = dict_set(vm, d, keys->items[i], value);
  vm_pop_root(vm, 1);
  if (!ok) return false;
  *out = OBJ_VAL(d);
  return true;
}

/* The dict views' mapping attribute. */
static bool view_get_mapping(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  *out = ((ObjNativeIter *)AS_OBJ(args[0]))->seq;
  return true;
}

bool dict_init_methods(VM *vm) {
  ObjDict *d = vm->t_dict->dict;
  define_native(vm, d, "__new__", dict_m_new);
  define_native(vm, d, "get", dict_m_get);
  define_native(vm, d, "keys", dict_m_keys);
  define_native(vm, d, "values", dict_m_values);
  define_native(vm, d, "items", dict_m_items);
  define_native(vm, d, "pop", dict_m_pop);
  define_native(vm, d, "popitem", dict_m_popitem);
  define_native(vm, d, "setdefault", dict_m_setdefault);
  define_native(vm, d, "update", dict_m_update);
  define_native(vm, d, "copy", dict_m_copy);
  define_native(vm, d, "clear", dict_m_clear);
  ObjNative *fk = native_new(vm, "fromkeys", dict_m_fromkeys, UNDEF_VAL);
  ObjProperty *sm = fk ? property_new(vm, PROP_STATICMETHOD, OBJ_VAL(fk)) : NULL;
  if (sm == NULL || !dict_set_cstr(vm, d, "fromkeys", OBJ_VAL(sm))) return false;
  RuntimeState *rt = RT(vm);
  define_getter(vm, rt->t_dict_keys->dict, "mapping", view_get_mapping);
  define_getter(vm, rt->t_dict_values->dict, "mapping", view_get_mapping);
  define_getter(vm, rt->t_dict_items->dict, "mapping", view_get_mapping);
  return true;
}
