/*
** value.h -- the Value: what a variable, a stack slot or a container
** element holds.  A tagged union of 16 bytes: small things (None, bools,
** 64-bit ints, floats) live inside the Value itself, so integer and float
** arithmetic never allocates; everything else is a pointer to a heap Obj.
*/
#ifndef SRC_VALUE_H
#define SRC_VALUE_H

#include <string.h>

#include "src/common.h"

typedef enum {
  VAL_UNDEF,   /* no value: an unbound local, an absent optional, a NULL slot */
  VAL_NONE,    /* None */
  VAL_BOOL,    /* True / False (as.b) */
  VAL_INT,     /* a Python int that fits in int64_t (as.i) */
  VAL_FLOAT,   /* a Python float (as.f) */
  VAL_OBJ,     /* a heap object (as.o) */
} ValueType;

typedef struct {
  ValueType type;
  union {
    bool b;
    int64_t i;
    double f;
    Obj *o;
  } as;
} Value;

#define UNDEF_VAL        ((Value){VAL_UNDEF, {.i = 0}})
#define NONE_VAL         ((Value){VAL_NONE, {.i = 0}})
#define BOOL_VAL(x)      ((Value){VAL_BOOL, {.b = (x)}})
#define INT_VAL(x)       ((Value){VAL_INT, {.i = (x)}})
#define FLOAT_VAL(x)     ((Value){VAL_FLOAT, {.f = (x)}})
#define OBJ_VAL(x)       ((Value){VAL_OBJ, {.o = (Obj *)(x)}})

#define IS_UNDEF(v)      ((v).type == VAL_UNDEF)
#define IS_NONE(v)       ((v).type == VAL_NONE)
#define IS_BOOL(v)       ((v).type == VAL_BOOL)
#define IS_INT(v)        ((v).type == VAL_INT)
#define IS_FLOAT(v)      ((v).type == VAL_FLOAT)
#define IS_OBJ(v)        ((v).type == VAL_OBJ)

#define AS_BOOL(v)       ((v).as.b)
#define AS_INT(v)        ((v).as.i)
#define AS_FLOAT(v)      ((v).as.f)
#define AS_OBJ(v)        ((v).as.o)

/* Is [v] an int-like number (int or bool, as Python treats bool as int)? */
#define IS_INTLIKE(v)    (IS_INT(v) || IS_BOOL(v))
#define AS_INTLIKE(v)    (IS_INT(v) ? AS_INT(v) : (int64_t)AS_BOOL(v))

/* Do [a] and [b] hold the same unboxed value: the same type, and for None,
** bools, ints and floats the same value (a float by its bits, so that 0.0
** and -0.0, or two NaNs, are told apart as `is` and co_consts do)?  For two
** objects this only says both are objects: the caller compares them. */
static inline bool value_same_unboxed(Value a, Value b) {
  if (a.type != b.type) return false;
  switch (a.type) {
    case VAL_UNDEF: case VAL_NONE: case VAL_OBJ: return true;
    case VAL_BOOL: return AS_BOOL(a) == AS_BOOL(b);
    case VAL_INT: return AS_INT(a) == AS_INT(b);
    case VAL_FLOAT: return memcmp(&a.as.f, &b.as.f, sizeof(double)) == 0;
  }
  return false;
}

/* A growable array of Values (used by builders, not by Python objects). */
typedef struct {
  Value *items;
  int count;
  int capacity;
} ValueArray;

#endif
