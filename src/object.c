/*
** object.c -- constructors of the heap objects, str interning and the
** dict hash table (the one mapping every namespace uses).
*/
#include "src/object.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "src/gc.h"
#include "src/vm.h"
#include "runtime/runtime.h"

#define ALLOC(vm, type, kind, cls) ((type *)gc_alloc((vm), sizeof(type), (kind), (cls)))

/* {====================================================== str */

/* Count the code points of UTF-8 text: every byte that is not a
** continuation byte (10xxxxxx) starts one. */
static size_t utf8_length(const char *s, size_t len) {
  size_t n = 0;
  for (size_t i = 0; i < len; i++)
    if (((unsigned char)s[i] & 0xC0) != 0x80) n++;
  return n;
}

ObjStr *str_new(VM *vm, const char *chars, size_t len) {
  ObjStr *s = (ObjStr *)gc_alloc(vm, sizeof(ObjStr) + len + 1, OBJ_STR, vm->t_str);
  if (s == NULL) return NULL;
  s->len = len;
  s->length = utf8_length(chars, len);
  s->hash = 0;
  s->interned = false;
  memcpy(s->chars, chars, len);
  s->chars[len] = '\0';
  return s;
}

ObjStr *str_from_cstr(VM *vm, const char *chars) {
  return str_new(vm, chars, strlen(chars));
}

/* FNV-1a over [len] bytes, kept a non-negative Python hash and never 0
** (0 means "not computed yet"). */
static uint64_t hash_bytes(const char *chars, size_t len) {
  uint64_t h = 1469598103934665603ULL;
  for (size_t i = 0; i < len; i++) {
    h ^= (unsigned char)chars[i];
    h *= 1099511628211ULL;
  }
  h &= 0x7fffffffffffffffULL;
  return h == 0 ? 1 : h;
}

uint64_t str_hash(ObjStr *s) {
  if (s->hash == 0) s->hash = hash_bytes(s->chars, s->len);
  return s->hash;
}

bool str_eq(ObjStr *a, ObjStr *b) {
  if (a == b) return true;
  if (a->len != b->len) return false;
  if (a->interned && b->interned) return false;
  if (a->hash && b->hash && a->hash != b->hash) return false;
  return memcmp(a->chars, b->chars, a->len) == 0;
}

ObjStr *str_intern(VM *vm, const char *chars, size_t len) {
  /* Look the text up without allocating: probe the table directly. */
  uint64_t h = hash_bytes(chars, len);
  ObjDict *d = vm->strings;
  if (d->index_size > 0) {
    size_t mask = d->index_size - 1, i = h & mask, perturb = h;
    for (;;) {
      int32_t ix = d->index[i];
      if (ix == -1) break;
      if (ix >= 0) {
        DictEntry *e = &d->entries[ix];
        ObjStr *k = AS_STR(e->key);
        if (e->hash == h && k->len == len && memcmp(k->chars, chars, len) == 0) return k;
      }
      perturb >>= 5;
      i = (i * 5 + perturb + 1) & mask;
    }
  }
  ObjStr *s = str_new(vm, chars, len);
  if (s == NULL) return NULL;
  s->hash = h;
  if (!dict_set(vm, d, OBJ_VAL(s), NONE_VAL)) return NULL;
  s->interned = true;
  return s;
}

ObjStr *str_printf(VM *vm, const char *fmt, ...) {
  char small[256];
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(small, sizeof small, fmt, ap);
  va_end(ap);
  if (n < 0) n = 0;
  if ((size_t)n < sizeof small) return str_new(vm, small, (size_t)n);
  char *big = gc_realloc(vm, NULL, 0, (size_t)n + 1);
  if (big == NULL) return NULL;
  va_start(ap, fmt);
  vsnprintf(big, (size_t)n + 1, fmt, ap);
  va_end(ap);
  ObjStr *s = str_new(vm, big, (size_t)n);
  gc_realloc(vm, big, (size_t)n + 1, 0);
  return s;
}

/* }====================================================== */

/* {====================================================== tuple, list */

ObjTuple *tuple_new(VM *vm, size_t count) {
  ObjTuple *t = (ObjTuple *)gc_alloc(vm, sizeof(ObjTuple) + count * sizeof(Value),
                                     OBJ_TUPLE, vm->t_tuple);
  if (t == NULL) return NULL;
  t->count = count;
  for (size_t i = 0; i < count; i++) t->items[i] = NONE_VAL;
  return t;
}

ObjList *list_new(VM *vm, size_t capacity) {
  ObjList *l = ALLOC(vm, ObjList, OBJ_LIST, vm->t_list);
  if (l == NULL) return NULL;
  l->count = 0;
  l->capacity = 0;
  l->items = NULL;
  if (capacity > 0) {
    l->items = gc_realloc(vm, NULL, 0, capacity * sizeof(Value));
    if (l->items == NULL) return NULL;
    l->capacity = capacity;
  }
  return l;
}

bool list_append(VM *vm, ObjList *list, Value v) {
  if (list->count == list->capacity) {
    size_t cap = list->capacity < 4 ? 4 : list->capacity * 2;
    Value *items = gc_realloc(vm, list->items, list->capacity * sizeof(Value), cap * sizeof(Value));
    if (items == NULL) return false;
    list->items = items;
    list->capacity = cap;
  }
  list->items[list->count++] = v;
  return true;
}

/* }====================================================== */

/* {====================================================== dict */

ObjDict *dict_new(VM *vm) {
  ObjDict *d = ALLOC(vm, ObjDict, OBJ_DICT, vm->t_dict);
  if (d == NULL) return NULL;
  d->count = d->used = d->capacity = d->index_size = 0;
  d->index = NULL;
  d->entries = NULL;
  d->version = 0;
  d->class_dict = false;
  d->key_bits = 0;
  return d;
}

/* The hash of a key: str is the hot path; everything else asks runtime/. */
static bool key_hash(VM *vm, Value key, uint64_t *h) {
  if (IS_STR(key)) { *h = str_hash(AS_STR(key)); return true; }
  return value_hash(vm, key, h);
}

/* Are two keys with equal hashes equal?  1, 0, -1 on error. */
static int key_eq(VM *vm, Value a, Value b) {
  if (a.type == b.type) {
    switch (a.type) {
      case VAL_OBJ:
        if (AS_OBJ(a) == AS_OBJ(b)) return 1;
        if (IS_STR(a) && IS_STR(b)) return str_eq(AS_STR(a), AS_STR(b));
        break;
      case VAL_INT: return AS_INT(a) == AS_INT(b);
      case VAL_NONE: return 1;
      case VAL_BOOL: return AS_BOOL(a) == AS_BOOL(b);
      default: break;
    }
  }
  if (IS_STR(a) != IS_STR(b) && (IS_STR(a) || IS_STR(b)) && (IS_INTLIKE(a) || IS_INTLIKE(b) || IS_FLOAT(a) || IS_FLOAT(b)))
    return 0;
  return value_eq(vm, a, b);
}

/* Find the index slot for [key]: returns the entry number (>= 0) when found,
** -1 when absent (then *slot is where to insert), -2 on error. */
static int64_t find(VM *vm, ObjDict *d, Value key, uint64_t h, size_t *slot) {
  if (d->index_size == 0) { *slot = 0; return -1; }
  size_t mask = d->index_size - 1, i = h & mask, perturb = h;
  int64_t first_deleted = -1;
  for (;;) {
    int32_t ix = d->index[i];
    if (ix == -1) {
      *slot = first_deleted >= 0 ? (size_t)first_deleted : i;
      return -1;
    }
    if (ix == -2) {
      if (first_deleted < 0) first_deleted = (int64_t)i;
    } else {
      DictEntry *e = &d->entries[ix];
      if (IS_OBJ(key) && IS_OBJ(e->key) && AS_OBJ(e->key) == AS_OBJ(key)) {   /* the same object */
        *slot = i;
        return ix;
      }
      if (e->hash == h) {
        int eq = key_eq(vm, e->key, key);
        if (eq < 0) return -2;
        if (eq) { *slot = i; return ix; }
      }
    }
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
}

/* Rebuild the index with room for at least [need] live entries, compacting
** deleted entries out of the entries array. */
static bool resize(VM *vm, ObjDict *d, size_t need) {
  size_t isize = 8;
  while (isize * 2 < need * 3) isize *= 2;     /* keep the load under 2/3 */
  size_t cap = isize * 2 / 3 + 1;
  DictEntry *entries = gc_realloc(vm, NULL, 0, cap * sizeof(DictEntry));
  if (entries == NULL) return false;
  int32_t *index = gc_realloc(vm, NULL, 0, isize * sizeof(int32_t));
  if (index == NULL) { gc_realloc(vm, entries, cap * sizeof(DictEntry), 0); return false; }
  for (size_t i = 0; i < isize; i++) index[i] = -1;
  size_t n = 0, mask = isize - 1;
  for (size_t k = 0; k < d->used; k++) {
    DictEntry *e = &d->entries[k];
    if (IS_UNDEF(e->key)) continue;
    entries[n] = *e;
    size_t i = e->hash & mask, perturb = e->hash;
    while (index[i] != -1) { perturb >>= 5; i = (i * 5 + perturb + 1) & mask; }
    index[i] = (int32_t)n;
    n++;
  }
  gc_realloc(vm, d->entries, d->capacity * sizeof(DictEntry), 0);
  gc_realloc(vm, d->index, d->index_size * sizeof(int32_t), 0);
  d->entries = entries;
  d->index = index;
  d->capacity = cap;
  d->index_size = isize;
  d->used = n;
  return true;
}

int dict_get(VM *vm, ObjDict *d, Value key, Value *out) {
  uint64_t h;
  if (!key_hash(vm, key, &h)) return -1;
  size_t slot;
  int64_t ix = find(vm, d, key, h, &slot);
  if (ix == -2) return -1;
  if (ix < 0) return 0;
  if (out) *out = d->entries[ix].value;
  return 1;
}

/* The source of ObjDict.version: every store or delete takes the next one. */
uint64_t dict_versions;

/* The class lookup cache (see ClassCacheEntry in object.h). */
ClassCacheEntry class_cache[CLASS_CACHE_SIZE];
uint64_t class_epoch = 1;

void class_cache_invalidate(void) {
  class_epoch++;
}

bool dict_set(VM *vm, ObjDict *d, Value key, Value value) {
  uint64_t h;
  if (!key_hash(vm, key, &h)) return false;
  size_t slot;
  int64_t ix = find(vm, d, key, h, &slot);
  if (ix == -2) return false;
  if (d->class_dict) class_cache_invalidate();
  if (ix >= 0) { d->entries[ix].value = value; d->version = ++dict_versions; return true; }
  if (d->used + 1 > d->capacity) {
    if (!resize(vm, d, d->count + 1)) return false;
    ix = find(vm, d, key, h, &slot);   /* the slot moved */
  }
  d->index[slot] = (int32_t)d->used;
  d->entries[d->used].key = key;
  d->entries[d->used].value = value;
  d->entries[d->used].hash = h;
  d->key_bits |= DICT_KEY_BIT(h);
  d->used++;
  d->count++;
  d->version = ++dict_versions;
  return true;
}

int dict_del(VM *vm, ObjDict *d, Value key, Value *out) {
  uint64_t h;
  if (!key_hash(vm, key, &h)) return -1;
  size_t slot;
  int64_t ix = find(vm, d, key, h, &slot);
  if (ix == -2) return -1;
  if (ix < 0) return 0;
  if (d->class_dict) class_cache_invalidate();
  if (out) *out = d->entries[ix].value;
  d->entries[ix].key = UNDEF_VAL;
  d->entries[ix].value = UNDEF_VAL;
  d->index[slot] = -2;
  d->count--;
  d->version = ++dict_versions;
  return 1;
}

/* The entry number of str [key] in [d], or -1 if absent. */
static int32_t find_str(ObjDict *d, ObjStr *key) {
  if (d->index_size == 0) return -1;
  uint64_t h = key->hash != 0 ? key->hash : str_hash(key);
  if (!(d->key_bits & DICT_KEY_BIT(h))) return -1;
  size_t mask = d->index_size - 1, i = h & mask, perturb = h;
  for (;;) {
    int32_t ix = d->index[i];
    if (ix >= 0) {
      DictEntry *e = &d->entries[ix];
      /* Names are interned, so the key is usually this very string. */
      if (IS_OBJ(e->key) && AS_OBJ(e->key) == (Obj *)key) return ix;
      if (e->hash == h && IS_STR(e->key) && str_eq(AS_STR(e->key), key)) return ix;
    } else if (ix == -1) {
      return -1;
    }
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
}

bool dict_get_str_hint_miss(ObjDict *d, ObjStr *key, uint32_t *hint, Value *out) {
  int32_t ix = find_str(d, key);
  if (ix < 0) return false;
  *hint = (uint32_t)ix;
  *out = d->entries[ix].value;
  return true;
}

bool dict_set_str_hint_miss(VM *vm, ObjDict *d, ObjStr *key, uint32_t *hint, Value value) {
  if (dict_hint_hits(d, key, *hint)) {   /* a class dict: the inline hit leaves it here */
    class_cache_invalidate();
    d->entries[*hint].value = value;
    d->version = ++dict_versions;
    return true;
  }
  if (!dict_set(vm, d, OBJ_VAL(key), value)) return false;
  int32_t ix = find_str(d, key);
  if (ix >= 0) *hint = (uint32_t)ix;
  return true;
}

/* (This repeats find_str's probe loop on purpose: written as find_str plus
** a read, the queue benchmark ran 0.8 % more instructions under callgrind.) */
bool dict_get_str(ObjDict *d, ObjStr *key, Value *out) {
  if (d->index_size == 0) return false;
  uint64_t h = key->hash != 0 ? key->hash : str_hash(key);
  if (!(d->key_bits & DICT_KEY_BIT(h))) return false;
  size_t mask = d->index_size - 1, i = h & mask, perturb = h;
  for (;;) {
    int32_t ix = d->index[i];
    if (ix >= 0) {
      DictEntry *e = &d->entries[ix];
      /* Names are interned, so the key is usually this very string. */
      if (IS_OBJ(e->key) && AS_OBJ(e->key) == (Obj *)key) {
        *out = e->value;
        return true;
      }
      if (e->hash == h && IS_STR(e->key) && str_eq(AS_STR(e->key), key)) {
        *out = e->value;
        return true;
      }
    } else if (ix == -1) {
      return false;
    }
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
}

bool dict_set_cstr(VM *vm, ObjDict *d, const char *key, Value value) {
  ObjStr *k = str_intern(vm, key, strlen(key));
  return k != NULL && dict_set(vm, d, OBJ_VAL(k), value);
}

bool dict_get_cstr(VM *vm, ObjDict *d, const char *key, Value *out) {
  ObjStr *k = str_intern(vm, key, strlen(key));
  return k != NULL && dict_get_str(d, k, out);
}

bool dict_next(ObjDict *d, size_t *pos, Value *key, Value *value) {
  while (*pos < d->used) {
    DictEntry *e = &d->entries[(*pos)++];
    if (IS_UNDEF(e->key)) continue;
    if (key) *key = e->key;
    if (value) *value = e->value;
    return true;
  }
  return false;
}

/* }====================================================== */

/* {====================================================== functions, classes */

ObjFunction *function_new(VM *vm, ObjCode *code, ObjDict *globals) {
  ObjFunction *f = ALLOC(vm, ObjFunction, OBJ_FUNCTION, vm->t_function);
  if (f == NULL) return NULL;
  f->code = code;
  f->globals = globals;
  f->name = code->name;
  f->qualname = code->qualname ? code->qualname : code->name;
  f->defaults = NULL;
  f->kwdefaults = NULL;
  f->closure = NULL;
  f->dict = NULL;
  f->module = NULL;
  return f;
}

ObjNative *native_new(VM *vm, const char *name, NativeFn fn, Value self) {
  ObjNative *n = ALLOC(vm, ObjNative, OBJ_NATIVE, vm->t_builtin_function);
  if (n == NULL) return NULL;
  n->fn = fn;
  n->name = name;
  n->self = self;
  n->owner = NULL;
  return n;
}

ObjBoundMethod *bound_method_new(VM *vm, Value self, Value func) {
  ObjBoundMethod *m = ALLOC(vm, ObjBoundMethod, OBJ_BOUND_METHOD, vm->t_method);
  if (m == NULL) return NULL;
  m->self = self;
  m->func = func;
  return m;
}

ObjCell *cell_new(VM *vm, Value v) {
  ObjCell *c = ALLOC(vm, ObjCell, OBJ_CELL, vm->t_cell);
  if (c == NULL) return NULL;
  c->value = v;
  return c;
}

ObjClass *class_new(VM *vm, const char *name, ObjClass *base, ObjKind instance_kind) {
  ObjClass *c = ALLOC(vm, ObjClass, OBJ_CLASS, vm->t_type);
  if (c == NULL) return NULL;
  c->name = NULL; c->qualname = NULL; c->dict = NULL; c->module = NULL;
  c->base = base;
  c->instance_kind = instance_kind;
  c->is_builtin = true;
  c->name = str_intern(vm, name, strlen(name));
  c->qualname = c->name;
  c->dict = dict_new(vm);
  c->module = str_intern(vm, "builtins", 8);
  if (c->name == NULL || c->dict == NULL || c->module == NULL) return NULL;
  return c;
}

ObjInstance *instance_new(VM *vm, ObjClass *cls) {
  ObjInstance *o = ALLOC(vm, ObjInstance, OBJ_INSTANCE, cls);
  if (o == NULL) return NULL;
  o->dict = NULL;
  o->dict = dict_new(vm);
  return o->dict ? o : NULL;
}

ObjModule *module_new(VM *vm, ObjStr *name) {
  ObjModule *m = ALLOC(vm, ObjModule, OBJ_MODULE, vm->t_module);
  if (m == NULL) return NULL;
  m->name = name;
  m->file = NULL;
  m->dict = NULL;
  m->dict = dict_new(vm);
  if (m->dict == NULL) return NULL;
  if (!dict_set(vm, m->dict, OBJ_VAL(vm->s_dunder_name), OBJ_VAL(name))) return NULL;
  /* The module docstring, which the compiler stores when there is one. */
  if (!dict_set_cstr(vm, m->dict, "__doc__", NONE_VAL)) return NULL;
  return m;
}

ObjCode *code_new(VM *vm) {
  ObjCode *c = ALLOC(vm, ObjCode, OBJ_CODE, vm->t_code);
  if (c == NULL) return NULL;
  memset((char *)c + sizeof(Obj), 0, sizeof(ObjCode) - sizeof(Obj));
  return c;
}

ObjNativeIter *native_iter_new(VM *vm, Value seq, NativeIterNext next) {
  ObjNativeIter *it = ALLOC(vm, ObjNativeIter, OBJ_NATIVE_ITER, vm->t_iterator);
  if (it == NULL) return NULL;
  it->next = next;
  it->seq = seq;
  it->index = 0;
  it->limit = 0;
  it->step = 1;
  return it;
}

ObjProperty *property_new(VM *vm, PropKind kind, Value fget) {
  ObjProperty *p = ALLOC(vm, ObjProperty, OBJ_PROPERTY, vm->t_property);
  if (p == NULL) return NULL;
  p->kind = kind;
  p->fget = fget;
  p->fset = UNDEF_VAL;
  p->fdel = UNDEF_VAL;
  p->doc = NONE_VAL;
  p->name = NULL;
  return p;
}

bool class_is_subclass(ObjClass *cls, ObjClass *base) {
  for (; cls != NULL; cls = cls->base)
    if (cls == base) return true;
  return false;
}

bool class_lookup_slow(ObjClass *cls, ObjStr *name, Value *out, ObjClass **where) {
  ClassCacheEntry *e = class_cache_entry(cls, name);
  /* Walk the chain, marking each dict the answer depends on. */
  bool found = false;
  Value v = UNDEF_VAL;
  ObjClass *c;
  for (c = cls; c != NULL; c = c->base) {
    if (c->dict == NULL) continue;
    c->dict->class_dict = true;
    if (dict_get_str(c->dict, name, &v)) { found = true; break; }
  }
  *e = (ClassCacheEntry){cls, name, class_epoch, found, v, c};
  if (found) { *out = v; *where = c; }
  return found;
}

void define_native(VM *vm, ObjDict *dict, const char *name, NativeFn fn) {
  ObjNative *n = native_new(vm, name, fn, UNDEF_VAL);
  if (n != NULL) dict_set_cstr(vm, dict, name, OBJ_VAL(n));
}

void define_getter(VM *vm, ObjDict *dict, const char *name, NativeFn fn) {
  ObjNative *n = native_new(vm, name, fn, UNDEF_VAL);
  if (n == NULL) return;
  ObjProperty *p = property_new(vm, PROP_PROPERTY, OBJ_VAL(n));
  if (p != NULL) dict_set_cstr(vm, dict, name, OBJ_VAL(p));
}

/* }====================================================== */
