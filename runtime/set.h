/*
** set.h -- set and frozenset: CPython 3.11's open-addressing hash table
** (Objects/setobject.c), reproduced closely enough that the same
** operations give the same iteration order and the same repr.
**
** The table holds (key, hash) entries.  An entry is empty (key UNDEF, hash
** 0), a dummy left by a deletion (key UNDEF, hash SET_DUMMY_HASH) or active.
** Every function follows runtime.h's error contract: false / NULL / -1
** after raising.  Functions that hash or compare keys may run Python code
** (__hash__, __eq__); they root what they hold themselves.
*/
#ifndef RUNTIME_SET_H
#define RUNTIME_SET_H

#include "src/common.h"
#include "src/object.h"
#include "src/vm.h"
#include "runtime/builtins.h"

#define SET_MINSIZE 8                      /* PySet_MINSIZE */
#define SET_DUMMY_HASH ((uint64_t)-1)      /* the hash of a deleted slot */

typedef struct {
  Value key;           /* UNDEF for an empty or dummy slot */
  uint64_t hash;       /* the key's Python hash (as a 64-bit pattern) */
} SetEntry;

typedef struct {
  Obj obj;             /* kind OBJ_SET; cls set, frozenset or a subclass */
  size_t fill;         /* active + dummy slots */
  size_t used;         /* active slots: len(s) */
  size_t mask;         /* table size - 1 (a power of two minus one) */
  SetEntry *table;     /* mask + 1 entries */
  int64_t hash;        /* frozenset's cached hash, -1 until computed */
  size_t finger;       /* where pop() starts searching */
} ObjSet;

#define IS_SET(v)  IS_KIND(v, OBJ_SET)
#define AS_SET(v)  ((ObjSet *)AS_OBJ(v))

/* A new empty set of class [cls] (set, frozenset or a subclass). */
ObjSet *set_new(VM *vm, ObjClass *cls);
/* Is [s] a frozenset (or an instance of a subclass of it)? */
bool set_is_frozen(VM *vm, ObjSet *s);

/* s.add(key), as CPython's set_add_key: TypeError if key is unhashable. */
bool set_add(VM *vm, ObjSet *s, Value key);
/* key in s: 1, 0, -1.  An unhashable set key is looked up as a frozenset,
** as CPython's set_contains. */
int set_contains(VM *vm, ObjSet *s, Value key);
/* s |= iterable, as CPython's set_update_internal (sets merged table to
** table, dicts by their keys, anything else item by item). */
bool set_update(VM *vm, ObjSet *s, Value iterable);

/* Append repr(s) ("{1, 2}", "set()", "frozenset({1})", "S({1})") to [b]. */
bool set_repr(VM *vm, StrBuf *b, ObjSet *s);
/* hash(frozenset): CPython's frozenset_hash.  TypeError for a set. */
bool set_hash(VM *vm, ObjSet *s, uint64_t *out);
/* a == b for two sets (set or frozenset): 1, 0, -1. */
int set_eq(VM *vm, ObjSet *a, ObjSet *b);
/* a OP b for the six comparisons (subset semantics), as set_richcompare. */
bool set_compare(VM *vm, int op, ObjSet *a, ObjSet *b, Value *out);
/* The operators | & - ^ (and |= &= -= ^= when [inplace]) on two sets:
** 1 done (*out set), 0 not a set operator, -1 error. */
int set_binary_op(VM *vm, int base, bool inplace, Value a, Value b, Value *out);
/* The set operators of dict_keys / dict_items views (either operand a
** view, the other any iterable), as CPython's dictviews_or/and/sub/xor:
** the result is a set.  1 done, 0 not a view operation, -1 error. */
int set_view_binary_op(VM *vm, int base, Value a, Value b, Value *out);
/* iter(s): a set_iterator ("Set changed size during iteration"). */
bool set_iter(VM *vm, ObjSet *s, Value *out);

#endif
