/*
** runtime.h -- what src/ may call in runtime/: the builtin types'
** behaviour (the object protocol), the builtins and modules, the loop.
** runtime/ may include anything from src/; src/ reaches runtime/ only here.
**
** Every function returning bool returns false after raising; int-returning
** ones return -1 after raising.
*/
#ifndef RUNTIME_RUNTIME_H
#define RUNTIME_RUNTIME_H

#include "src/common.h"
#include "src/object.h"
#include "src/vm.h"

/* Create the builtin classes' methods, the exception hierarchy's
** behaviour, the builtins dict and the runtime modules (sys, time,
** asyncio).  Called once by vm_new after the class objects exist. */
bool runtime_init(VM *vm);
void runtime_free(VM *vm);

/* Called by the driver after the main script finished (flushes, warnings). */
void runtime_shutdown(VM *vm);

/* ---- the object protocol (runtime/ops.c) ---- */

ObjClass *value_class(VM *vm, Value v);            /* type(v) */
const char *value_type_name(VM *vm, Value v);      /* type(v).__name__ */
bool value_is_instance(VM *vm, Value v, ObjClass *cls);

bool value_repr(VM *vm, Value v, ObjStr **out);    /* repr(v) */
bool value_str(VM *vm, Value v, ObjStr **out);     /* str(v) */
int value_truthy(VM *vm, Value v);                 /* bool(v): 1, 0, -1 error */
bool value_hash(VM *vm, Value v, uint64_t *out);   /* hash(v); TypeError if unhashable */
int value_eq(VM *vm, Value a, Value b);            /* a == b: 1, 0, -1 error */

/* Binary operators, numbered like CPython's BINARY_OP oparg (NB_*). */
typedef enum {
  NB_ADD, NB_AND, NB_FLOOR_DIVIDE, NB_LSHIFT, NB_MATRIX_MULTIPLY, NB_MULTIPLY,
  NB_REMAINDER, NB_OR, NB_POWER, NB_RSHIFT, NB_SUBTRACT, NB_TRUE_DIVIDE, NB_XOR,
  NB_INPLACE_ADD, NB_INPLACE_AND, NB_INPLACE_FLOOR_DIVIDE, NB_INPLACE_LSHIFT,
  NB_INPLACE_MATRIX_MULTIPLY, NB_INPLACE_MULTIPLY, NB_INPLACE_REMAINDER,
  NB_INPLACE_OR, NB_INPLACE_POWER, NB_INPLACE_RSHIFT, NB_INPLACE_SUBTRACT,
  NB_INPLACE_TRUE_DIVIDE, NB_INPLACE_XOR,
} BinaryOp;
/* The operator's symbol ('+', '//', '+=', ...), for messages and dis. */
const char *binary_op_symbol(int op);
bool value_binary_op(VM *vm, int op, Value a, Value b, Value *out);

/* Comparisons, numbered like CPython's COMPARE_OP oparg. */
typedef enum { CMP_LT, CMP_LE, CMP_EQ, CMP_NE, CMP_GT, CMP_GE } CompareOp;
const char *compare_op_symbol(int op);
bool value_compare(VM *vm, int op, Value a, Value b, Value *out);

typedef enum { UN_NEGATIVE, UN_POSITIVE, UN_INVERT, UN_NOT } UnaryOp;
bool value_unary_op(VM *vm, int op, Value a, Value *out);

int value_contains(VM *vm, Value container, Value item); /* item in c: 1, 0, -1 */

bool value_getattr(VM *vm, Value obj, ObjStr *name, Value *out);
/* Like value_getattr but returns 0 (no exception) when absent: 1, 0, -1. */
int value_lookup_attr(VM *vm, Value obj, ObjStr *name, Value *out);
bool value_setattr(VM *vm, Value obj, ObjStr *name, Value v);
/* value_setattr for STORE_ATTR: an instance's own attribute is stored with
** [hint], its entry number the last time (dict_set_str_hint). */
bool value_setattr_hint(VM *vm, Value obj, ObjStr *name, Value v, uint32_t *hint);
bool value_delattr(VM *vm, Value obj, ObjStr *name);

/* For LOAD_METHOD: if obj.name is a function found on the class, set
** *method to it and return 1 (call with obj as first argument); else set
** *method to the attribute (bound or plain) and return 0; -1 on error. */
int value_get_method(VM *vm, Value obj, ObjStr *name, Value *method);

bool value_getitem(VM *vm, Value obj, Value key, Value *out);
bool value_setitem(VM *vm, Value obj, Value key, Value v);
bool value_delitem(VM *vm, Value obj, Value key);

bool value_iter(VM *vm, Value obj, Value *out);        /* iter(obj) */
/* next(iter): 1 with the item, 0 exhausted (*out is then a generator's
** return value, or UNDEF), -1 error. */
int value_next(VM *vm, Value iter, Value *out);
/* The next function of iter(range(...)) (an ObjNativeIter): FOR_ITER
** compares an iterator's next with it to step a range inline. */
int range_iter_next(VM *vm, ObjNativeIter *it, Value *out);
/* The next int of such a range iterator [it], which is not exhausted
** (it->index < it->limit); steps it past it.  Inline: FOR_ITER's range
** steps and range_iter_next share it. */
static inline int64_t range_iter_take(ObjNativeIter *it) {
  ObjRange *r = (ObjRange *)AS_OBJ(it->seq);
  return r->start + it->index++ * r->step;
}
bool value_len(VM *vm, Value obj, int64_t *out);        /* len(obj) */

/* format(v, spec) as used by f-strings; [conversion] is 0, 's', 'r' or 'a'. */
bool value_format(VM *vm, Value v, int conversion, ObjStr *spec, ObjStr **out);

/* Make a slice object from start, stop, step (UNDEF/NONE for absent). */
bool value_make_slice(VM *vm, Value start, Value stop, Value step, Value *out);

/* Call the class [cls] as type.__call__ does: its __new__ (found along the
** class chain; a builtin class's __new__ builds the whole object), then, for
** classes defined in Python, __init__ when the new object is an instance of
** cls.  TypeError "C() takes no arguments" when neither is overridden and
** arguments were given.  (runtime/runtime.c) */
bool runtime_call_class(VM *vm, ObjClass *cls, int argc, Value *args, ObjDict *kwargs,
                        Value *out);

/* ---- big ints (runtime/bigint.c) ---- */

/* The int written by the decimal [digits] (no sign, no underscores): what
** the compiler makes of an int literal that does not fit int64 (a VAL_INT
** when it does).  false after MemoryError. */
bool value_int_from_decimal(VM *vm, const char *digits, Value *out);

/* ---- sets (runtime/set.c) ---- */

/* For BUILD_SET and SET_ADD, as CPython's PySet_New / PySet_Add: a new
** empty set in *out, and key added to the set [set] (TypeError if key is
** unhashable).  No method lookup: the set is always a plain set. */
bool value_set_new(VM *vm, Value *out);
bool value_set_add(VM *vm, Value set, Value key);

/* A frozenset of the [n] hashable constants [items], added in order: what
** the compiler loads for a set display of three or more constants, as
** CPython 3.11 does (BUILD_SET 0, LOAD_CONST frozenset, SET_UPDATE 1; the
** update copies the frozenset's table, which decides the set's order). */
bool value_frozenset_of(VM *vm, Value *items, size_t n, Value *out);

/* ---- exceptions (runtime/exceptions.c) ---- */

/* A new exception of [cls] with args (msg,) or () when msg is NULL. */
ObjException *exc_new(VM *vm, ObjClass *cls, ObjStr *msg);
/* Instantiate [cls] with args (calls __init__ for user classes). */
bool exc_instantiate(VM *vm, ObjClass *cls, int argc, Value *args, Value *out);
/* SyntaxError_init: for a SyntaxError (or subclass) [e] whose args are
** (msg, (filename, lineno, offset, text[, end_lineno, end_offset])), set
** those attributes from the tuple; other args, and other classes, are left
** as they are.  True, or false after raising TypeError (a tuple of the
** wrong length) or MemoryError. */
bool exc_syntax_error_init(VM *vm, ObjException *e);
/* StopIteration(value) */
ObjException *exc_stop_iteration(VM *vm, Value value);
/* The .value of a StopIteration (None if it has no args). */
Value exc_stop_iteration_value(VM *vm, ObjException *e);
/* Give the pending exception, if it is a NameError the VM just raised for
** [name], its .name and the [globals] the lookup failed in (for "Did you
** mean").  Never fails: a MemoryError replaces the NameError at worst. */
void exc_record_name_error(VM *vm, ObjStr *name, ObjDict *globals);
/* Give the pending exception, if it is an AttributeError without .name
** and .obj yet, .name = [name] and .obj = [obj], as CPython's
** PyObject_GetAttr does on failure. */
void exc_record_attribute_error(VM *vm, Value obj, ObjStr *name);
/* The name CPython 3.11 suggests at the end of an uncaught NameError's or
** AttributeError's last line (". Did you mean: 'x'?"), or NULL: computed
** only when the exception is printed.  Leaves vm->exception as it is. */
ObjStr *exc_suggestion(VM *vm, Value exc);

/* ---- modules (runtime/modules.c) ---- */

/* Import [name] (a runtime module or a NAME.py beside the main script):
** the module object in *out. */
bool runtime_import(VM *vm, ObjStr *name, Value *out);

/* ---- the awaitable protocol (runtime/ops.c) ---- */

/* GET_AWAITABLE: the iterator `await obj` drives: a coroutine itself (error
** if already awaited), the iterator of obj.__await__() (must be an
** iterator), or a Future's iterator.  TypeError "object X can't be used in
** 'await' expression" otherwise. */
bool value_get_awaitable(VM *vm, Value obj, Value *out);

#endif
