/*
** set.c -- set and frozenset, and their iterator.
**
** The table follows CPython 3.11's Objects/setobject.c step for step, so
** that a program printing a set of ints sees CPython's order: 8 slots to
** start, LINEAR_PROBES neighbours probed before each perturbed jump, dummy
** slots left by deletions (and reused by later adds), a resize when
** fill*5 >= mask*3, and each operation building its result in CPython's
** order (union copies the left set then adds the right one, intersection
** walks the smaller set, ...).  Only the hashes can differ: str hashes are
** randomised in CPython, and hash(None) is an address there.
*/
#include "runtime/set.h"

#include <stdlib.h>
#include <string.h>

#include "src/gc.h"

#define LINEAR_PROBES 9
#define PERTURB_SHIFT 5
#define NO_SLOT ((size_t)-1)

/* {====================================================== the table */

/* Is [v] the very same value as [w] (CPython's `startkey == key`)? */
static bool same_value(Value v, Value w) {
  if (v.type != w.type) return false;
  switch (v.type) {
    case VAL_BOOL: return AS_BOOL(v) == AS_BOOL(w);
    case VAL_INT: return AS_INT(v) == AS_INT(w);
    case VAL_FLOAT: return memcmp(&v.as.f, &w.as.f, sizeof(double)) == 0;
    case VAL_OBJ: return AS_OBJ(v) == AS_OBJ(w);
    default: return true;
  }
}

/* hash(key), never the dummy marker (CPython reserves -1 the same way). */
static bool key_hash(VM *vm, Value key, uint64_t *h) {
  if (!value_hash(vm, key, h)) return false;
  if (*h == SET_DUMMY_HASH) *h = (uint64_t)-2;
  return true;
}

/* Are two keys with equal hashes equal?  1, 0, -1.  May run __eq__, so
** the set and both keys are rooted meanwhile. */
static int keys_equal(VM *vm, ObjSet *s, Value a, Value b) {
  if (same_value(a, b)) return 1;
  if (IS_STR(a) && IS_STR(b)) return str_eq(AS_STR(a), AS_STR(b));
  vm_push_root(vm, OBJ_VAL(s));
  vm_push_root(vm, a);
  vm_push_root(vm, b);
  int c = value_eq(vm, a, b);
  vm_pop_root(vm, 3);
  return c;
}

/* A zeroed table of [n] slots (every slot empty: UNDEF key, hash 0). */
static SetEntry *table_new(VM *vm, size_t n) {
  SetEntry *t = gc_realloc(vm, NULL, 0, n * sizeof(SetEntry));
  if (t != NULL) memset(t, 0, n * sizeof(SetEntry));
  return t;
}

static void table_free(VM *vm, SetEntry *t, size_t mask) {
  if (t != NULL) gc_realloc(vm, t, (mask + 1) * sizeof(SetEntry), 0);
}

/* Find [key]: 1 with its slot in *slot, 0 absent, -1 error.  As
** set_lookkey: probe, and start over if __eq__ changed the table. */
static int lookkey(VM *vm, ObjSet *s, Value key, uint64_t hash, size_t *slot) {
restart:;
  size_t mask = s->mask, i = (size_t)hash & mask, perturb = (size_t)hash;
  for (;;) {
    SetEntry *e = &s->table[i];
    int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
    do {
      if (IS_UNDEF(e->key)) {
        if (e->hash == 0) return 0;           /* empty: the key is absent */
      } else if (e->hash == hash) {
        SetEntry *table = s->table;
        Value start = e->key;
        int c = keys_equal(vm, s, start, key);
        if (c < 0) return -1;
        if (table != s->table || !same_value(e->key, start)) goto restart;
        if (c > 0) { *slot = (size_t)(e - s->table); return 1; }
        mask = s->mask;
      }
      e++;
    } while (probes--);
    perturb >>= PERTURB_SHIFT;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

/* Put a key known to be absent into a table without dummies
** (set_insert_clean). */
static void insert_clean(SetEntry *table, size_t mask, Value key, uint64_t hash) {
  size_t perturb = (size_t)hash, i = (size_t)hash & mask;
  for (;;) {
    SetEntry *e = &table[i];
    if (IS_UNDEF(e->key)) { e->key = key; e->hash = hash; return; }
    if (i + LINEAR_PROBES <= mask) {
      for (int j = 0; j < LINEAR_PROBES; j++) {
        e++;
        if (IS_UNDEF(e->key)) { e->key = key; e->hash = hash; return; }
      }
    }
    perturb >>= PERTURB_SHIFT;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

/* Rebuild the table with the smallest power-of-two size > [minused],
** dropping the dummies (set_table_resize). */
static bool table_resize(VM *vm, ObjSet *s, size_t minused) {
  size_t newsize = SET_MINSIZE;
  while (newsize <= minused) newsize <<= 1;
  /* CPython keeps a minimum-size table that has no dummies as it is. */
  if (newsize == SET_MINSIZE && s->mask + 1 == SET_MINSIZE && s->fill == s->used) return true;
  SetEntry *nt = table_new(vm, newsize), *old = s->table;
  if (nt == NULL) return false;
  size_t oldmask = s->mask;
  for (size_t i = 0; i <= oldmask; i++)
    if (!IS_UNDEF(old[i].key)) insert_clean(nt, newsize - 1, old[i].key, old[i].hash);
  table_free(vm, old, oldmask);
  s->table = nt;
  s->mask = newsize - 1;
  s->fill = s->used;
  return true;
}

/* The resize CPython asks for after growth or mass deletion. */
static bool grow(VM *vm, ObjSet *s) {
  return table_resize(vm, s, s->used > 50000 ? s->used * 2 : s->used * 4);
}

/* Add [key] with its [hash] (set_add_entry): when the key is absent,
** reuse the last dummy met on the probe path, as CPython 3.11 does. */
static bool add_entry(VM *vm, ObjSet *s, Value key, uint64_t hash) {
restart:;
  size_t mask = s->mask, i = (size_t)hash & mask, perturb = (size_t)hash;
  size_t freeslot = NO_SLOT;
  SetEntry *e;
  for (;;) {
    e = &s->table[i];
    int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
    do {
      if (IS_UNDEF(e->key)) {
        if (e->hash == 0) goto found_unused;
        freeslot = (size_t)(e - s->table);   /* a dummy: the last one seen wins */
      } else if (e->hash == hash) {
        SetEntry *table = s->table;
        Value start = e->key;
        int c = keys_equal(vm, s, start, key);
        if (c > 0) return true;                 /* already there */
        if (c < 0) return false;
        if (table != s->table || !same_value(e->key, start)) goto restart;
        mask = s->mask;
      }
      e++;
    } while (probes--);
    perturb >>= PERTURB_SHIFT;
    i = (i * 5 + 1 + perturb) & mask;
  }
found_unused:
  if (freeslot != NO_SLOT) {
    s->used++;
    s->table[freeslot].key = key;
    s->table[freeslot].hash = hash;
    return true;
  }
  s->fill++;
  s->used++;
  e->key = key;
  e->hash = hash;
  if (s->fill * 5 < mask * 3) return true;
  return grow(vm, s);
}

/* Remove [key]: 1 removed, 0 absent, -1 error (set_discard_entry). */
static int discard_entry(VM *vm, ObjSet *s, Value key, uint64_t hash) {
  size_t slot;
  int r = lookkey(vm, s, key, hash, &slot);
  if (r <= 0) return r;
  s->table[slot].key = UNDEF_VAL;
  s->table[slot].hash = SET_DUMMY_HASH;
  s->used--;
  return 1;
}

/* Next active slot at or after *pos (set_next): true with its entry. */
static bool set_next(ObjSet *s, size_t *pos, SetEntry *out) {
  size_t i = *pos;
  while (i <= s->mask && IS_UNDEF(s->table[i].key)) i++;
  *pos = i + 1;
  if (i > s->mask) return false;
  *out = s->table[i];
  return true;
}

/* Empty [s] back to a fresh 8-slot table (set_clear_internal). */
static bool clear_table(VM *vm, ObjSet *s) {
  SetEntry *t = table_new(vm, SET_MINSIZE);
  if (t == NULL) return false;
  table_free(vm, s->table, s->mask);
  s->table = t;
  s->mask = SET_MINSIZE - 1;
  s->fill = s->used = 0;
  s->hash = -1;
  return true;
}

/* Exchange the tables of two sets (set_swap_bodies). */
static void swap_bodies(VM *vm, ObjSet *a, ObjSet *b) {
  ObjSet t = *a;
  a->fill = b->fill; a->used = b->used; a->mask = b->mask; a->table = b->table;
  b->fill = t.fill; b->used = t.used; b->mask = t.mask; b->table = t.table;
  if (set_is_frozen(vm, a) && set_is_frozen(vm, b)) {
    a->hash = b->hash;
    b->hash = t.hash;
  } else {
    a->hash = b->hash = -1;
  }
}

/* }====================================================== */

/* {====================================================== building sets */

bool value_set_new(VM *vm, Value *out) {
  ObjSet *s = set_new(vm, vm->t_set);
  if (s == NULL) return false;
  *out = OBJ_VAL(s);
  return true;
}

bool value_set_add(VM *vm, Value set, Value key) {
  return set_add(vm, AS_SET(set), key);
}

ObjSet *set_new(VM *vm, ObjClass *cls) {
  ObjSet *s = (ObjSet *)gc_alloc(vm, sizeof(ObjSet), OBJ_SET, cls);
  if (s == NULL) return NULL;
  s->fill = s->used = 0;
  s->mask = SET_MINSIZE - 1;
  s->hash = -1;
  s->finger = 0;
  s->table = table_new(vm, SET_MINSIZE);
  return s->table != NULL ? s : NULL;
}

bool set_is_frozen(VM *vm, ObjSet *s) {
  return class_is_subclass(s->obj.cls, vm->t_frozenset);
}

/* set or frozenset: the builtin base of [s]'s class, for results of
** operations on subclasses (make_new_set_basetype). */
static ObjClass *base_class(VM *vm, ObjSet *s) {
  return set_is_frozen(vm, s) ? vm->t_frozenset : vm->t_set;
}

/* Add every key of the set [o] to [s] (set_merge). */
static bool merge(VM *vm, ObjSet *s, ObjSet *o) {
  if (o == s || o->used == 0) return true;
  /* One big resize up front, as CPython. */
  if ((s->fill + o->used) * 5 >= s->mask * 3 && !table_resize(vm, s, (s->used + o->used) * 2))
    return false;
  if (s->fill == 0 && s->mask == o->mask && o->fill == o->used) {
    /* Same size, no dummies: copy slot for slot. */
    memcpy(s->table, o->table, (o->mask + 1) * sizeof(SetEntry));
    s->fill = o->fill;
    s->used = o->used;
    return true;
  }
  if (s->fill == 0) {
    s->fill = s->used = o->used;
    for (size_t i = 0; i <= o->mask; i++)
      if (!IS_UNDEF(o->table[i].key)) insert_clean(s->table, s->mask, o->table[i].key, o->table[i].hash);
    return true;
  }
  vm_push_root(vm, OBJ_VAL(o));
  bool ok = true;
  for (size_t i = 0; ok && i <= o->mask; i++) {
    SetEntry e = o->table[i];
    if (!IS_UNDEF(e.key)) ok = add_entry(vm, s, e.key, e.hash);
  }
  vm_pop_root(vm, 1);
  return ok;
}

bool set_add(VM *vm, ObjSet *s, Value key) {
  uint64_t h;
  vm_push_root(vm, OBJ_VAL(s));
  bool ok = key_hash(vm, key, &h) && add_entry(vm, s, key, h);
  vm_pop_root(vm, 1);
  return ok;
}

bool set_update(VM *vm, ObjSet *s, Value other) {
  if (IS_SET(other)) return merge(vm, s, AS_SET(other));
  if (IS_DICT(other) && AS_OBJ(other)->cls == vm->t_dict) {
    ObjDict *d = AS_DICT(other);
    if ((s->fill + d->count) * 5 >= s->mask * 3 && !table_resize(vm, s, (s->used + d->count) * 2))
      return false;
    vm_push_root(vm, OBJ_VAL(s));
    vm_push_root(vm, other);
    bool ok = true;
    /* The dict's own stored hashes, in insertion order. */
    for (size_t i = 0; ok && i < d->used; i++) {
      DictEntry e = d->entries[i];
      if (IS_UNDEF(e.key)) continue;
      uint64_t h = e.hash == SET_DUMMY_HASH ? (uint64_t)-2 : e.hash;
      ok = add_entry(vm, s, e.key, h);
    }
    vm_pop_root(vm, 2);
    return ok;
  }
  Value it;
  if (!value_iter(vm, other, &it)) return false;
  vm_push_root(vm, OBJ_VAL(s));
  vm_push_root(vm, it);
  bool ok = true;
  for (;;) {
    Value x;
    int n = value_next(vm, it, &x);
    if (n <= 0) { ok = n == 0; break; }
    if (!set_add(vm, s, x)) { ok = false; break; }
  }
  vm_pop_root(vm, 2);
  return ok;
}

/* A new set of [cls] holding the items of [iterable] (UNDEF: none). */
static ObjSet *make_set(VM *vm, ObjClass *cls, Value iterable) {
  ObjSet *s = set_new(vm, cls);
  if (s == NULL || IS_UNDEF(iterable)) return s;
  vm_push_root(vm, OBJ_VAL(s));
  bool ok = set_update(vm, s, iterable);
  vm_pop_root(vm, 1);
  return ok ? s : NULL;
}

bool value_frozenset_of(VM *vm, Value *items, size_t n, Value *out) {
  ObjSet *first = set_new(vm, vm->t_frozenset);
  if (first == NULL) return false;
  for (size_t i = 0; i < n; i++)
    if (!set_add(vm, first, items[i])) return false;
  /* CPython's compiler then rebuilds the constant from the first one's
  ** iteration order (merge_consts_recursive): add them again, one by one. */
  ObjSet *s = set_new(vm, vm->t_frozenset);
  if (s == NULL) return false;
  size_t pos = 0;
  SetEntry e;
  while (set_next(first, &pos, &e))
    if (!add_entry(vm, s, e.key, e.hash)) return false;
  *out = OBJ_VAL(s);
  return true;
}

/* s.copy() for the builtin base type (set_copy). */
static ObjSet *copy_set(VM *vm, ObjSet *s) {
  return make_set(vm, base_class(vm, s), OBJ_VAL(s));
}

int set_contains(VM *vm, ObjSet *s, Value key) {
  uint64_t h;
  size_t slot;
  if (!key_hash(vm, key, &h)) {
    /* `set() in s` looks for the frozenset with the same items. */
    if (!IS_SET(key) || !vm_exception_matches(vm, vm->exc_TypeError)) return -1;
    vm_take_exception(vm);
    ObjSet *f = make_set(vm, vm->t_frozenset, key);
    if (f == NULL || !set_hash(vm, f, &h)) return -1;
    key = OBJ_VAL(f);
  }
  vm_push_root(vm, OBJ_VAL(s));
  vm_push_root(vm, key);
  int r = lookkey(vm, s, key, h, &slot);
  vm_pop_root(vm, 2);
  return r;
}

/* Remove [key] with set.remove/discard's frozenset retry: 1, 0, -1. */
static int discard_key(VM *vm, ObjSet *s, Value key) {
  uint64_t h;
  if (!key_hash(vm, key, &h)) {
    if (!IS_SET(key) || !vm_exception_matches(vm, vm->exc_TypeError)) return -1;
    vm_take_exception(vm);
    ObjSet *f = make_set(vm, vm->t_frozenset, key);
    if (f == NULL || !set_hash(vm, f, &h)) return -1;
    key = OBJ_VAL(f);
  }
  vm_push_root(vm, OBJ_VAL(s));
  vm_push_root(vm, key);
  int r = discard_entry(vm, s, key, h);
  vm_pop_root(vm, 2);
  return r;
}

/* }====================================================== */

/* {====================================================== set algebra */

/* s & other (set_intersection): walks the smaller set when both are
** sets, else iterates [other]; result of s's base type. */
static ObjSet *intersection(VM *vm, ObjSet *s, Value other) {
  if (IS_SET(other) && AS_SET(other) == s) return copy_set(vm, s);
  ObjSet *r = set_new(vm, base_class(vm, s));
  if (r == NULL) return NULL;
  vm_push_root(vm, OBJ_VAL(r));
  vm_push_root(vm, OBJ_VAL(s));
  vm_push_root(vm, other);
  bool ok = true;
  if (IS_SET(other)) {
    ObjSet *big = s, *small = AS_SET(other);
    if (small->used > big->used) { ObjSet *t = big; big = small; small = t; }
    size_t pos = 0, slot;
    SetEntry e;
    while (ok && set_next(small, &pos, &e)) {
      int c = lookkey(vm, big, e.key, e.hash, &slot);
      if (c < 0) ok = false;
      else if (c > 0) ok = add_entry(vm, r, e.key, e.hash);
    }
  } else {
    Value it;
    ok = value_iter(vm, other, &it);
    if (ok) {
      vm_push_root(vm, it);
      for (;;) {
        Value x;
        uint64_t h;
        size_t slot;
        int n = value_next(vm, it, &x);
        if (n <= 0) { ok = n == 0; break; }
        vm_push_root(vm, x);
        int c = key_hash(vm, x, &h) ? lookkey(vm, s, x, h, &slot) : -1;
        if (c > 0 && !add_entry(vm, r, x, h)) c = -1;
        vm_pop_root(vm, 1);
        if (c < 0) { ok = false; break; }
      }
      vm_pop_root(vm, 1);
    }
  }
  vm_pop_root(vm, 3);
  return ok ? r : NULL;
}

/* s -= other (set_difference_update_internal), then drop the dummies if
** more than a quarter of the table is dummies. */
static bool difference_update(VM *vm, ObjSet *s, Value other) {
  if (IS_SET(other) && AS_SET(other) == s) return clear_table(vm, s);
  vm_push_root(vm, OBJ_VAL(s));
  vm_push_root(vm, other);
  bool ok = true;
  if (IS_SET(other)) {
    ObjSet *o = AS_SET(other);
    /* Much larger other: discard only the common keys. */
    if ((o->used >> 3) > s->used) {
      o = intersection(vm, s, other);
      ok = o != NULL;
      if (ok) vm_push_root(vm, OBJ_VAL(o));
    }
    size_t pos = 0;
    SetEntry e;
    while (ok && set_next(o, &pos, &e)) ok = discard_entry(vm, s, e.key, e.hash) >= 0;
    if (o != NULL && o != AS_SET(other)) vm_pop_root(vm, 1);
  } else {
    Value it;
    ok = value_iter(vm, other, &it);
    if (ok) {
      vm_push_root(vm, it);
      for (;;) {
        Value x;
        int n = value_next(vm, it, &x);
        if (n <= 0) { ok = n == 0; break; }
        if (discard_key(vm, s, x) < 0) { ok = false; break; }
      }
      vm_pop_root(vm, 1);
    }
  }
  vm_pop_root(vm, 2);
  if (!ok) return false;
  if (s->fill - s->used <= s->mask / 4) return true;
  return grow(vm, s);
}

/* s - other (set_difference). */
static ObjSet *difference(VM *vm, ObjSet *s, Value other) {
  size_t other_size;
  if (IS_SET(other)) other_size = AS_SET(other)->used;
  else if (IS_DICT(other) && AS_OBJ(other)->cls == vm->t_dict) other_size = AS_DICT(other)->count;
  else other_size = (size_t)-1;
  if (other_size == (size_t)-1 || (s->used >> 2) > other_size) {
    /* Copy, then remove other's keys. */
    ObjSet *r = copy_set(vm, s);
    if (r == NULL) return NULL;
    vm_push_root(vm, OBJ_VAL(r));
    bool ok = difference_update(vm, r, other);
    vm_pop_root(vm, 1);
    return ok ? r : NULL;
  }
  ObjSet *r = set_new(vm, base_class(vm, s));
  if (r == NULL) return NULL;
  vm_push_root(vm, OBJ_VAL(r));
  vm_push_root(vm, OBJ_VAL(s));
  vm_push_root(vm, other);
  bool ok = true;
  size_t pos = 0, slot;
  SetEntry e;
  while (ok && set_next(s, &pos, &e)) {
    int c;
    if (IS_SET(other)) {
      c = lookkey(vm, AS_SET(other), e.key, e.hash, &slot);
    } else {
      Value v;
      c = dict_get(vm, AS_DICT(other), e.key, &v);
    }
    if (c < 0) ok = false;
    else if (c == 0) ok = add_entry(vm, r, e.key, e.hash);
  }
  vm_pop_root(vm, 3);
  return ok ? r : NULL;
}

/* s ^= other (set_symmetric_difference_update). */
static bool symmetric_difference_update(VM *vm, ObjSet *s, Value other) {
  if (IS_SET(other) && AS_SET(other) == s) return clear_table(vm, s);
  vm_push_root(vm, OBJ_VAL(s));
  vm_push_root(vm, other);
  bool ok = true;
  if (IS_DICT(other) && AS_OBJ(other)->cls == vm->t_dict) {
    ObjDict *d = AS_DICT(other);
    for (size_t i = 0; ok && i < d->used; i++) {
      DictEntry de = d->entries[i];
      if (IS_UNDEF(de.key)) continue;
      uint64_t h = de.hash == SET_DUMMY_HASH ? (uint64_t)-2 : de.hash;
      int r = discard_entry(vm, s, de.key, h);
      if (r < 0) ok = false;
      else if (r == 0) ok = add_entry(vm, s, de.key, h);
    }
    vm_pop_root(vm, 2);
    return ok;
  }
  ObjSet *o = IS_SET(other) ? AS_SET(other) : make_set(vm, base_class(vm, s), other);
  if (o == NULL) { vm_pop_root(vm, 2); return false; }
  vm_push_root(vm, OBJ_VAL(o));
  size_t pos = 0;
  SetEntry e;
  while (ok && set_next(o, &pos, &e)) {
    int r = discard_entry(vm, s, e.key, e.hash);
    if (r < 0) ok = false;
    else if (r == 0) ok = add_entry(vm, s, e.key, e.hash);
  }
  vm_pop_root(vm, 3);
  return ok;
}

/* s ^ other (set_symmetric_difference): a copy of other updated by s. */
static ObjSet *symmetric_difference(VM *vm, ObjSet *s, Value other) {
  vm_push_root(vm, OBJ_VAL(s));
  ObjSet *r = make_set(vm, base_class(vm, s), other);
  if (r != NULL) {
    vm_push_root(vm, OBJ_VAL(r));
    if (!symmetric_difference_update(vm, r, OBJ_VAL(s))) r = NULL;
    vm_pop_root(vm, 1);
  }
  vm_pop_root(vm, 1);
  return r;
}

/* s <= other (set_issubset): 1, 0, -1. */
static int issubset(VM *vm, ObjSet *s, Value other) {
  if (!IS_SET(other)) {
    ObjSet *t = intersection(vm, s, other);
    if (t == NULL) return -1;
    return t->used == s->used;
  }
  ObjSet *o = AS_SET(other);
  if (s->used > o->used) return 0;
  vm_push_root(vm, OBJ_VAL(s));
  vm_push_root(vm, other);
  int result = 1;
  size_t pos = 0, slot;
  SetEntry e;
  while (set_next(s, &pos, &e)) {
    int c = lookkey(vm, o, e.key, e.hash, &slot);
    if (c <= 0) { result = c; break; }
  }
  vm_pop_root(vm, 2);
  return result;
}

/* s >= other (set_issuperset): 1, 0, -1. */
static int issuperset(VM *vm, ObjSet *s, Value other) {
  if (IS_SET(other)) return issubset(vm, AS_SET(other), OBJ_VAL(s));
  Value it;
  if (!value_iter(vm, other, &it)) return -1;
  vm_push_root(vm, OBJ_VAL(s));
  vm_push_root(vm, it);
  int result = 1;
  for (;;) {
    Value x;
    int n = value_next(vm, it, &x);
    if (n <= 0) { result = n == 0 ? 1 : -1; break; }
    int c = set_contains(vm, s, x);
    if (c <= 0) { result = c; break; }
  }
  vm_pop_root(vm, 2);
  return result;
}

/* s.isdisjoint(other): 1, 0, -1. */
static int isdisjoint(VM *vm, ObjSet *s, Value other) {
  if (IS_SET(other) && AS_SET(other) == s) return s->used == 0;
  vm_push_root(vm, OBJ_VAL(s));
  vm_push_root(vm, other);
  int result = 1;
  if (IS_SET(other)) {
    ObjSet *big = s, *small = AS_SET(other);
    if (small->used > big->used) { ObjSet *t = big; big = small; small = t; }
    size_t pos = 0, slot;
    SetEntry e;
    while (set_next(small, &pos, &e)) {
      int c = lookkey(vm, big, e.key, e.hash, &slot);
      if (c != 0) { result = c < 0 ? -1 : 0; break; }
    }
  } else {
    Value it;
    if (!value_iter(vm, other, &it)) {
      result = -1;
    } else {
      vm_push_root(vm, it);
      for (;;) {
        Value x;
        int n = value_next(vm, it, &x);
        if (n <= 0) { result = n == 0 ? 1 : -1; break; }
        int c = set_contains(vm, s, x);
        if (c != 0) { result = c < 0 ? -1 : 0; break; }
      }
      vm_pop_root(vm, 1);
    }
  }
  vm_pop_root(vm, 2);
  return result;
}

int set_eq(VM *vm, ObjSet *a, ObjSet *b) {
  if (a->used != b->used) return 0;
  if (a->hash != -1 && b->hash != -1 && a->hash != b->hash) return 0;
  return issubset(vm, a, OBJ_VAL(b));
}

bool set_compare(VM *vm, int op, ObjSet *a, ObjSet *b, Value *out) {
  int r;
  switch (op) {
    case CMP_EQ: r = set_eq(vm, a, b); break;
    case CMP_NE: r = set_eq(vm, a, b); if (r >= 0) r = !r; break;
    case CMP_LE: r = issubset(vm, a, OBJ_VAL(b)); break;
    case CMP_GE: r = issuperset(vm, a, OBJ_VAL(b)); break;
    case CMP_LT: r = a->used >= b->used ? 0 : issubset(vm, a, OBJ_VAL(b)); break;
    case CMP_GT: r = a->used <= b->used ? 0 : issuperset(vm, a, OBJ_VAL(b)); break;
    default: r = 0; break;
  }
  if (r < 0) return false;
  *out = BOOL_VAL(r);
  return true;
}

int set_binary_op(VM *vm, int base, bool inplace, Value a, Value b, Value *out) {
  ObjSet *s = AS_SET(a);
  /* frozenset has no in-place operators: `f |= x` rebinds f to f | x. */
  if (inplace && set_is_frozen(vm, s)) inplace = false;
  ObjSet *r = NULL;
  switch (base) {
    case NB_OR:
      if (inplace) { if (!set_update(vm, s, b)) return -1; r = s; break; }
      r = copy_set(vm, s);
      if (r != NULL && !(IS_SET(b) && AS_SET(b) == s)) {   /* s | s is a copy */
        vm_push_root(vm, OBJ_VAL(r));
        if (!set_update(vm, r, b)) r = NULL;
        vm_pop_root(vm, 1);
      }
      break;
    case NB_AND:
      r = intersection(vm, s, b);
      if (inplace && r != NULL) { swap_bodies(vm, s, r); r = s; }
      break;
    case NB_SUBTRACT:
      if (inplace) { if (!difference_update(vm, s, b)) return -1; r = s; break; }
      r = difference(vm, s, b);
      break;
    case NB_XOR:
      if (inplace) { if (!symmetric_difference_update(vm, s, b)) return -1; r = s; break; }
      r = symmetric_difference(vm, s, b);
      break;
    default: return 0;
  }
  if (r == NULL) return -1;
  *out = OBJ_VAL(r);
  return 1;
}

/* Is [v] a dict_keys or dict_items view (the views with set operators)? */
static bool is_set_view(VM *vm, Value v) {
  if (!IS_KIND(v, OBJ_NATIVE_ITER)) return false;
  ObjClass *c = AS_OBJ(v)->cls;
  return c == RT(vm)->t_dict_keys || c == RT(vm)->t_dict_items;
}

/* set(v) for a dict view operand: a keys view goes through its dict's
** fast path (dictviews_to_set). */
static ObjSet *view_to_set(VM *vm, Value v) {
  if (IS_KIND(v, OBJ_NATIVE_ITER) && AS_OBJ(v)->cls == RT(vm)->t_dict_keys) {
    Value d = ((ObjNativeIter *)AS_OBJ(v))->seq;
    if (AS_OBJ(d)->cls == vm->t_dict) v = d;
  }
  return make_set(vm, vm->t_set, v);
}

/* view & other (_PyDictView_Intersect): iterate the smaller operand and
** keep what the view contains. */
static ObjSet *view_intersect(VM *vm, Value self, Value other) {
  if (!is_set_view(vm, self)) { Value t = self; self = other; other = t; }
  int64_t len_self, len_other;
  if (!value_len(vm, self, &len_self)) return NULL;
  if (IS_SET(other) && AS_OBJ(other)->cls == vm->t_set && len_self <= (int64_t)AS_SET(other)->used)
    return intersection(vm, AS_SET(other), self);
  if (is_set_view(vm, other)) {
    if (!value_len(vm, other, &len_other)) return NULL;
    if (len_other > len_self) { Value t = self; self = other; other = t; }
  }
  ObjSet *r = set_new(vm, vm->t_set);
  Value it;
  if (r == NULL || !value_iter(vm, other, &it)) return NULL;
  vm_push_root(vm, OBJ_VAL(r));
  vm_push_root(vm, self);
  vm_push_root(vm, it);
  bool ok = true;
  for (;;) {
    Value x;
    int n = value_next(vm, it, &x);
    if (n <= 0) { ok = n == 0; break; }
    vm_push_root(vm, x);
    int c = value_contains(vm, self, x);
    if (c > 0 && !set_add(vm, r, x)) c = -1;
    vm_pop_root(vm, 1);
    if (c < 0) { ok = false; break; }
  }
  vm_pop_root(vm, 3);
  return ok ? r : NULL;
}

int set_view_binary_op(VM *vm, int base, Value a, Value b, Value *out) {
  if (!is_set_view(vm, a) && !is_set_view(vm, b)) return 0;
  if (base != NB_OR && base != NB_AND && base != NB_SUBTRACT && base != NB_XOR) return 0;
  ObjSet *r;
  if (base == NB_AND) {
    r = view_intersect(vm, a, b);
  } else {
    /* set(a), then update / difference_update / symmetric_difference_update. */
    vm_push_root(vm, b);
    r = view_to_set(vm, a);
    if (r != NULL) {
      vm_push_root(vm, OBJ_VAL(r));
      bool ok = base == NB_OR ? set_update(vm, r, b)
              : base == NB_SUBTRACT ? difference_update(vm, r, b)
              : symmetric_difference_update(vm, r, b);
      vm_pop_root(vm, 1);
      if (!ok) r = NULL;
    }
    vm_pop_root(vm, 1);
  }
  if (r == NULL) return -1;
  *out = OBJ_VAL(r);
  return 1;
}

/* }====================================================== */

/* {====================================================== repr, hash, iteration */

/* Is [o] already being repr'd (the repr stack ops.c keeps)?  Push it if
** not.  false after MemoryError. */
static bool repr_enter(VM *vm, Obj *o, bool *recursive) {
  RuntimeState *rt = RT(vm);
  *recursive = false;
  for (int i = 0; i < rt->repr_count; i++)
    if (rt->repr_stack[i] == o) { *recursive = true; return true; }
  if (rt->repr_count == rt->repr_capacity) {
    int cap = rt->repr_capacity ? rt->repr_capacity * 2 : 16;
    Obj **st = realloc(rt->repr_stack, sizeof(Obj *) * (size_t)cap);
    if (st == NULL) return vm_raise_memory(vm);
    rt->repr_stack = st;
    rt->repr_capacity = cap;
  }
  rt->repr_stack[rt->repr_count++] = o;
  return true;
}

bool set_repr(VM *vm, StrBuf *b, ObjSet *s) {
  const char *name = s->obj.cls->name->chars;
  bool rec;
  if (!repr_enter(vm, &s->obj, &rec)) return false;
  if (rec) return strbuf_printf(vm, b, "%s(...)", name);
  bool ok;
  if (s->used == 0) {
    ok = strbuf_printf(vm, b, "%s()", name);
  } else {
    /* A snapshot of the keys: a key's __repr__ may change the set. */
    ObjList *keys = list_new(vm, s->used);
    ok = keys != NULL;
    size_t pos = 0;
    SetEntry e;
    while (ok && set_next(s, &pos, &e)) keys->items[keys->count++] = e.key;
    bool plain = s->obj.cls == vm->t_set;
    if (ok) vm_push_root(vm, OBJ_VAL(keys));
    ok = ok && (plain || strbuf_printf(vm, b, "%s(", name)) && strbuf_addc(vm, b, '{');
    for (size_t i = 0; ok && i < keys->count; i++) {
      if (i > 0) ok = strbuf_add(vm, b, ", ", 2);
      ok = ok && strbuf_add_repr(vm, b, keys->items[i]);
    }
    ok = ok && strbuf_addc(vm, b, '}') && (plain || strbuf_addc(vm, b, ')'));
    if (keys != NULL) vm_pop_root(vm, 1);
  }
  RT(vm)->repr_count--;
  return ok;
}

/* CPython's _shuffle_bits, spreading one entry's hash. */
static uint64_t shuffle_bits(uint64_t h) {
  return ((h ^ 89869747ULL) ^ (h << 16)) * 3644798167ULL;
}

bool set_hash(VM *vm, ObjSet *s, uint64_t *out) {
  if (!set_is_frozen(vm, s))
    return vm_raise(vm, vm->exc_TypeError, "unhashable type: '%s'", s->obj.cls->name->chars);
  if (s->hash != -1) { *out = (uint64_t)s->hash; return true; }
  /* frozenset_hash: xor of the shuffled hashes of the active entries
  ** (CPython xors in every slot and cancels the empty and dummy ones:
  ** the same value). */
  uint64_t h = 0;
  for (size_t i = 0; i <= s->mask; i++)
    if (!IS_UNDEF(s->table[i].key)) h ^= shuffle_bits(s->table[i].hash);
  h ^= ((uint64_t)s->used + 1) * 1927868237ULL;
  h ^= (h >> 11) ^ (h >> 25);
  h = h * 69069U + 907133923ULL;
  if (h == (uint64_t)-1) h = 590923713ULL;
  s->hash = (int64_t)h;
  *out = h;
  return true;
}

/* set_iterator's next: index is the slot position, limit the size the set
** had when iteration began, seq NONE once exhausted (setiter_iternext). */
static int set_iter_next(VM *vm, ObjNativeIter *it, Value *out) {
  if (!IS_SET(it->seq)) return 0;
  ObjSet *s = AS_SET(it->seq);
  if ((int64_t)s->used != it->limit) {
    it->limit = -1;   /* sticky, as CPython */
    vm_raise(vm, vm->exc_RuntimeError, "Set changed size during iteration");
    return -1;
  }
  size_t pos = (size_t)it->index;
  SetEntry e;
  if (!set_next(s, &pos, &e)) {
    it->seq = NONE_VAL;
    return 0;
  }
  it->index = (int64_t)pos;
  *out = e.key;
  return 1;
}

bool set_iter(VM *vm, ObjSet *s, Value *out) {
  ObjNativeIter *it = native_iter_new(vm, OBJ_VAL(s), set_iter_next);
  if (it == NULL) return false;
  it->obj.cls = RT(vm)->t_set_iterator;
  it->limit = (int64_t)s->used;
  *out = OBJ_VAL(it);
  return true;
}

/* }====================================================== */

/* {====================================================== methods */

/* The receiver of a set method: a set (any set when [frozen_ok]). */
static bool self_set(VM *vm, int argc, Value *args, const char *m, bool frozen_ok, ObjSet **out) {
  *out = NULL;
  if (argc < 1 || !IS_SET(args[0]) || (!frozen_ok && set_is_frozen(vm, AS_SET(args[0]))))
    return vm_raise(vm, vm->exc_TypeError,
                    "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", m,
                    frozen_ok ? "frozenset" : "set", argc < 1 ? "NoneType" : value_type_name(vm, args[0]));
  *out = AS_SET(args[0]);
  return true;
}

/* "set.m() takes exactly one argument (N given)" / "takes no arguments". */
static bool check_argc(VM *vm, ObjSet *s, const char *m, int argc, ObjDict *kwargs, int want) {
  const char *tn = set_is_frozen(vm, s) ? "frozenset" : "set";
  if (kwargs != NULL && kwargs->count > 0)
    return vm_raise(vm, vm->exc_TypeError, "%s.%s() takes no keyword arguments", tn, m);
  if (argc - 1 == want) return true;
  if (want == 0)
    return vm_raise(vm, vm->exc_TypeError, "%s.%s() takes no arguments (%d given)", tn, m, argc - 1);
  return vm_raise(vm, vm->exc_TypeError, "%s.%s() takes exactly one argument (%d given)", tn, m,
                  argc - 1);
}

/* No keyword arguments for the *others methods. */
static bool no_kwargs(VM *vm, ObjSet *s, const char *m, ObjDict *kwargs) {
  if (kwargs == NULL || kwargs->count == 0) return true;
  return vm_raise(vm, vm->exc_TypeError, "%s.%s() takes no keyword arguments",
                  set_is_frozen(vm, s) ? "frozenset" : "set", m);
}

/* Raise KeyError(key). */
static bool key_error(VM *vm, Value key) {
  ObjException *e = exc_new(vm, vm->exc_KeyError, NULL);
  ObjTuple *t = e != NULL ? tuple_new(vm, 1) : NULL;
  if (t == NULL) return false;
  t->items[0] = key;
  e->args = t;
  return vm_raise_value(vm, OBJ_VAL(e));
}

#define METHOD(name) \
  static bool name(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out)

/* set.__new__(cls, iterable=()): exact sets are filled here; subclasses
** by set.__init__ (which runtime_call_class runs for them). */
METHOD(set_m_new) {
  ObjClass *cls = IS_CLASS(args[0]) ? AS_CLASS(args[0]) : vm->t_set;
  bool exact = cls == vm->t_set;
  if (exact && kwargs != NULL && kwargs->count > 0)
    return vm_raise(vm, vm->exc_TypeError, "set() takes no keyword arguments");
  if (exact && argc > 2)
    return vm_raise(vm, vm->exc_TypeError, "set expected at most 1 argument, got %d", argc - 1);
  ObjSet *s = make_set(vm, cls, exact && argc > 1 ? args[1] : UNDEF_VAL);
  if (s == NULL) return false;
  *out = OBJ_VAL(s);
  return true;
}

/* set.__init__(self, iterable=()): empty the set, then fill it. */
METHOD(set_m_init) {
  ObjSet *s;
  if (!self_set(vm, argc, args, "__init__", false, &s)) return false;
  if (kwargs != NULL && kwargs->count > 0)
    return vm_raise(vm, vm->exc_TypeError, "set() takes no keyword arguments");
  if (argc > 2)
    return vm_raise(vm, vm->exc_TypeError, "set expected at most 1 argument, got %d", argc - 1);
  if (s->fill > 0 && !clear_table(vm, s)) return false;
  if (argc > 1 && !set_update(vm, s, args[1])) return false;
  *out = NONE_VAL;
  return true;
}

/* frozenset.__new__(cls, iterable=()): frozenset(f) is f itself. */
METHOD(frozenset_m_new) {
  ObjClass *cls = IS_CLASS(args[0]) ? AS_CLASS(args[0]) : vm->t_frozenset;
  bool exact = cls == vm->t_frozenset;
  if (exact && kwargs != NULL && kwargs->count > 0)
    return vm_raise(vm, vm->exc_TypeError, "frozenset() takes no keyword arguments");
  if (argc > 2)
    return vm_raise(vm, vm->exc_TypeError, "frozenset expected at most 1 argument, got %d", argc - 1);
  Value iterable = argc > 1 ? args[1] : UNDEF_VAL;
  if (exact && IS_SET(iterable) && AS_OBJ(iterable)->cls == vm->t_frozenset) {
    *out = iterable;
    return true;
  }
  ObjSet *s = make_set(vm, cls, iterable);
  if (s == NULL) return false;
  *out = OBJ_VAL(s);
  return true;
}

METHOD(set_m_add) {
  ObjSet *s;
  if (!self_set(vm, argc, args, "add", false, &s) || !check_argc(vm, s, "add", argc, kwargs, 1))
    return false;
  if (!set_add(vm, s, args[1])) return false;
  *out = NONE_VAL;
  return true;
}

METHOD(set_m_remove) {
  ObjSet *s;
  if (!self_set(vm, argc, args, "remove", false, &s) || !check_argc(vm, s, "remove", argc, kwargs, 1))
    return false;
  int r = discard_key(vm, s, args[1]);
  if (r < 0) return false;
  if (r == 0) return key_error(vm, args[1]);
  *out = NONE_VAL;
  return true;
}

METHOD(set_m_discard) {
  ObjSet *s;
  if (!self_set(vm, argc, args, "discard", false, &s) || !check_argc(vm, s, "discard", argc, kwargs, 1))
    return false;
  if (discard_key(vm, s, args[1]) < 0) return false;
  *out = NONE_VAL;
  return true;
}

/* set.pop(): the first active slot from the finger on (set_pop). */
METHOD(set_m_pop) {
  ObjSet *s;
  if (!self_set(vm, argc, args, "pop", false, &s) || !check_argc(vm, s, "pop", argc, kwargs, 0))
    return false;
  if (s->used == 0) {
    ObjStr *m = str_from_cstr(vm, "pop from an empty set");
    return m != NULL && key_error(vm, OBJ_VAL(m));
  }
  size_t i = s->finger & s->mask;
  while (IS_UNDEF(s->table[i].key)) i = i == s->mask ? 0 : i + 1;
  *out = s->table[i].key;
  s->table[i].key = UNDEF_VAL;
  s->table[i].hash = SET_DUMMY_HASH;
  s->used--;
  s->finger = i + 1;
  return true;
}

METHOD(set_m_clear) {
  ObjSet *s;
  if (!self_set(vm, argc, args, "clear", false, &s) || !check_argc(vm, s, "clear", argc, kwargs, 0))
    return false;
  if (!clear_table(vm, s)) return false;
  *out = NONE_VAL;
  return true;
}

/* copy(): a frozenset's copy is itself. */
METHOD(set_m_copy) {
  ObjSet *s;
  if (!self_set(vm, argc, args, "copy", true, &s) || !check_argc(vm, s, "copy", argc, kwargs, 0))
    return false;
  if (s->obj.cls == vm->t_frozenset) { *out = args[0]; return true; }
  ObjSet *r = copy_set(vm, s);
  if (r == NULL) return false;
  *out = OBJ_VAL(r);
  return true;
}

METHOD(set_m_update) {
  ObjSet *s;
  if (!self_set(vm, argc, args, "update", false, &s) || !no_kwargs(vm, s, "update", kwargs)) return false;
  for (int i = 1; i < argc; i++)
    if (!set_update(vm, s, args[i])) return false;
  *out = NONE_VAL;
  return true;
}

/* union(*others): a copy of s updated by each other (skipping s itself). */
METHOD(set_m_union) {
  ObjSet *s;
  if (!self_set(vm, argc, args, "union", true, &s) || !no_kwargs(vm, s, "union", kwargs)) return false;
  ObjSet *r = copy_set(vm, s);
  if (r == NULL) return false;
  vm_push_root(vm, OBJ_VAL(r));
  bool ok = true;
  for (int i = 1; ok && i < argc; i++)
    if (!(IS_SET(args[i]) && AS_SET(args[i]) == s)) ok = set_update(vm, r, args[i]);
  vm_pop_root(vm, 1);
  if (!ok) return false;
  *out = OBJ_VAL(r);
  return true;
}

/* intersection(*others), chained left to right (set_intersection_multi). */
static ObjSet *intersection_multi(VM *vm, ObjSet *s, int argc, Value *args) {
  if (argc < 2) return copy_set(vm, s);
  ObjSet *r = s;
  for (int i = 1; i < argc && r != NULL; i++) {
    vm_push_root(vm, OBJ_VAL(r));
    ObjSet *n = intersection(vm, r, args[i]);
    vm_pop_root(vm, 1);
    r = n;
  }
  return r;
}

METHOD(set_m_intersection) {
  ObjSet *s;
  if (!self_set(vm, argc, args, "intersection", true, &s) || !no_kwargs(vm, s, "intersection", kwargs))
    return false;
  ObjSet *r = intersection_multi(vm, s, argc, args);
  if (r == NULL) return false;
  *out = OBJ_VAL(r);
  return true;
}

METHOD(set_m_intersection_update) {
  ObjSet *s;
  if (!self_set(vm, argc, args, "intersection_update", false, &s) ||
      !no_kwargs(vm, s, "intersection_update", kwargs))
    return false;
  ObjSet *r = intersection_multi(vm, s, argc, args);
  if (r == NULL) return false;
  swap_bodies(vm, s, r);
  *out = NONE_VAL;
  return true;
}

/* difference(*others): s - first, then remove the others' keys. */
METHOD(set_m_difference) {
  ObjSet *s;
  if (!self_set(vm, argc, args, "difference", true, &s) || !no_kwargs(vm, s, "difference", kwargs))
    return false;
  ObjSet *r = argc < 2 ? copy_set(vm, s) : difference(vm, s, args[1]);
  if (r == NULL) return false;
  vm_push_root(vm, OBJ_VAL(r));
  bool ok = true;
  for (int i = 2; ok && i < argc; i++) ok = difference_update(vm, r, args[i]);
  vm_pop_root(vm, 1);
  if (!ok) return false;
  *out = OBJ_VAL(r);
  return true;
}

METHOD(set_m_difference_update) {
  ObjSet *s;
  if (!self_set(vm, argc, args, "difference_update", false, &s) ||
      !no_kwargs(vm, s, "difference_update", kwargs))
    return false;
  for (int i = 1; i < argc; i++)
    if (!difference_update(vm, s, args[i])) return false;
  *out = NONE_VAL;
  return true;
}

METHOD(set_m_symmetric_difference) {
  ObjSet *s;
  if (!self_set(vm, argc, args, "symmetric_difference", true, &s) ||
      !check_argc(vm, s, "symmetric_difference", argc, kwargs, 1))
    return false;
  ObjSet *r = symmetric_difference(vm, s, args[1]);
  if (r == NULL) return false;
  *out = OBJ_VAL(r);
  return true;
}

METHOD(set_m_symmetric_difference_update) {
  ObjSet *s;
  if (!self_set(vm, argc, args, "symmetric_difference_update", false, &s) ||
      !check_argc(vm, s, "symmetric_difference_update", argc, kwargs, 1))
    return false;
  if (!symmetric_difference_update(vm, s, args[1])) return false;
  *out = NONE_VAL;
  return true;
}

/* issubset / issuperset / isdisjoint share their shape. */
static bool predicate(VM *vm, int argc, Value *args, ObjDict *kwargs, const char *m,
                      int (*fn)(VM *, ObjSet *, Value), Value *out) {
  ObjSet *s;
  if (!self_set(vm, argc, args, m, true, &s) || !check_argc(vm, s, m, argc, kwargs, 1)) return false;
  int r = fn(vm, s, args[1]);
  if (r < 0) return false;
  *out = BOOL_VAL(r);
  return true;
}

METHOD(set_m_issubset) { return predicate(vm, argc, args, kwargs, "issubset", issubset, out); }
METHOD(set_m_issuperset) { return predicate(vm, argc, args, kwargs, "issuperset", issuperset, out); }
METHOD(set_m_isdisjoint) { return predicate(vm, argc, args, kwargs, "isdisjoint", isdisjoint, out); }

/* The protocol as dunders, for explicit calls (s.__contains__(x)). */
METHOD(set_m_contains) {
  ObjSet *s;
  if (!self_set(vm, argc, args, "__contains__", true, &s) || !check_argc(vm, s, "__contains__", argc, kwargs, 1))
    return false;
  int r = set_contains(vm, s, args[1]);
  if (r < 0) return false;
  *out = BOOL_VAL(r);
  return true;
}

METHOD(set_m_len) {
  ObjSet *s;
  if (!self_set(vm, argc, args, "__len__", true, &s)) return false;
  *out = INT_VAL((int64_t)s->used);
  return true;
}

METHOD(set_m_iter) {
  ObjSet *s;
  if (!self_set(vm, argc, args, "__iter__", true, &s)) return false;
  return set_iter(vm, s, out);
}

/* set_iterator.__iter__ / __next__. */
METHOD(set_iter_m_iter) {
  *out = args[0];
  return true;
}

METHOD(set_iter_m_next) {
  int r = value_next(vm, args[0], out);
  if (r > 0) return true;
  if (r < 0) return false;
  ObjException *e = exc_stop_iteration(vm, NONE_VAL);
  return e != NULL && vm_raise_value(vm, OBJ_VAL(e));
}

#undef METHOD

/* }====================================================== */

/* {====================================================== init */

static void trace_set(VM *vm, Obj *o) {
  ObjSet *s = (ObjSet *)o;
  if (s->table == NULL) return;
  for (size_t i = 0; i <= s->mask; i++)
    if (!IS_UNDEF(s->table[i].key)) gc_mark_value(vm, s->table[i].key);
}

static void finalize_set(VM *vm, Obj *o) {
  ObjSet *s = (ObjSet *)o;
  table_free(vm, s->table, s->mask);
  s->table = NULL;
}

static size_t size_set(Obj *o) { (void)o; return sizeof(ObjSet); }

/* A C method of [cls] that reprs as "<method 'name' of 'set' objects>". */
static void define_method(VM *vm, ObjClass *cls, const char *name, NativeFn fn) {
  ObjNative *n = native_new(vm, name, fn, UNDEF_VAL);
  if (n == NULL) return;
  n->owner = cls;
  dict_set_cstr(vm, cls->dict, name, OBJ_VAL(n));
}

/* The iterator class lives in RuntimeState; mark it. */
static void mark_set_state(VM *vm) {
  if (vm->runtime != NULL) gc_mark_obj(vm, (Obj *)RT(vm)->t_set_iterator);
}

bool set_init(VM *vm) {
  gc_kind_ops[OBJ_SET] = (KindOps){.trace = trace_set, .finalize = finalize_set, .size = size_set};
  RuntimeState *rt = RT(vm);
  rt->t_set_iterator = runtime_new_class(vm, "set_iterator", NULL, OBJ_NATIVE_ITER);
  if (rt->t_set_iterator == NULL) return false;
  gc_add_root_marker(vm, mark_set_state);
  define_native(vm, rt->t_set_iterator->dict, "__iter__", set_iter_m_iter);
  define_native(vm, rt->t_set_iterator->dict, "__next__", set_iter_m_next);

  /* Methods both types have. */
  static const struct { const char *name; NativeFn fn; } common[] = {
    {"copy", set_m_copy}, {"union", set_m_union}, {"intersection", set_m_intersection},
    {"difference", set_m_difference}, {"symmetric_difference", set_m_symmetric_difference},
    {"issubset", set_m_issubset}, {"issuperset", set_m_issuperset},
    {"isdisjoint", set_m_isdisjoint}, {"__contains__", set_m_contains}, {"__len__", set_m_len},
    {"__iter__", set_m_iter},
  };
  ObjClass *both[] = {vm->t_set, vm->t_frozenset};
  for (size_t c = 0; c < 2; c++)
    for (size_t i = 0; i < sizeof common / sizeof common[0]; i++)
      define_method(vm, both[c], common[i].name, common[i].fn);

  /* Mutating methods: set only. */
  ObjDict *d = vm->t_set->dict;
  define_native(vm, d, "__new__", set_m_new);
  define_method(vm, vm->t_set, "__init__", set_m_init);
  define_method(vm, vm->t_set, "add", set_m_add);
  define_method(vm, vm->t_set, "remove", set_m_remove);
  define_method(vm, vm->t_set, "discard", set_m_discard);
  define_method(vm, vm->t_set, "pop", set_m_pop);
  define_method(vm, vm->t_set, "clear", set_m_clear);
  define_method(vm, vm->t_set, "update", set_m_update);
  define_method(vm, vm->t_set, "intersection_update", set_m_intersection_update);
  define_method(vm, vm->t_set, "difference_update", set_m_difference_update);
  define_method(vm, vm->t_set, "symmetric_difference_update", set_m_symmetric_difference_update);
  /* set is unhashable: __hash__ = None, as CPython. */
  dict_set_cstr(vm, d, "__hash__", NONE_VAL);
  define_native(vm, vm->t_frozenset->dict, "__new__", frozenset_m_new);
  return true;
}

/* }====================================================== */
