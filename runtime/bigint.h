/*
** bigint.h -- ints that do not fit in 64 bits: heap objects holding a GMP
** mpz_t, of class int (type(2**100) is int).
**
** Small ints stay unboxed (VAL_INT).  Every operation that may leave the
** int64 range computes with GMP and normalises its result: a value that
** fits int64 is always a VAL_INT, so each int has one representation and
** a big int is never 0 or in [INT64_MIN, INT64_MAX].
**
** "Any int" below means an int Value of either representation or a bool.
** Every function follows runtime.h's error contract: false / -1 after
** raising.
*/
#ifndef RUNTIME_BIGINT_H
#define RUNTIME_BIGINT_H

#include <gmp.h>

#include "src/common.h"
#include "src/object.h"
#include "src/vm.h"
#include "runtime/builtins.h"

typedef struct {
  Obj obj;             /* kind OBJ_BIGINT, cls int */
  mpz_t z;             /* the value: never fits int64 */
} ObjBigInt;

#define IS_BIGINT(v)  IS_KIND(v, OBJ_BIGINT)
#define AS_BIGINT(v)  ((ObjBigInt *)AS_OBJ(v))
/* Is [v] an int of any size, or a bool? */
#define IS_ANYINT(v)  (IS_INTLIKE(v) || IS_BIGINT(v))

/* Fill gc_kind_ops[OBJ_BIGINT] and route GMP's allocations through
** orrery's (see bigint.c on out-of-memory). */
bool bigint_init(VM *vm);

/* Set the initialised [out] to the value of the any-int [v]. */
void bigint_get(Value v, mpz_t out);
/* The Value of [z], normalised (VAL_INT when it fits).  [z] is left
** holding an unspecified value (it may be swapped into the new object);
** the caller still clears it. */
bool bigint_make(VM *vm, mpz_t z, Value *out);

/* The binary operator [op] (a non-inplace NB_*) on two any-ints, as
** CPython's long_* functions: floor division and modulo, true division
** correctly rounded, negative powers as floats, shifts, bitwise ops with
** two's complement semantics.  1 done, 0 not an int operator, -1 error. */
int bigint_binary(VM *vm, int op, Value a, Value b, Value *out);
/* -a, +a, ~a, abs(a) (op UN_NEGATIVE, UN_POSITIVE, UN_INVERT, or -1 for
** abs) of an any-int. */
bool bigint_unary(VM *vm, int op, Value a, Value *out);

/* Compare two any-ints: <0, 0, >0. */
int bigint_cmp(Value a, Value b);
/* Compare an any-int with a double exactly: <0, 0, >0, 2 when f is nan. */
int bigint_cmp_double(Value a, double f);
/* hash(big): the value modulo 2**61 - 1 with its sign, as CPython's. */
uint64_t bigint_hash(ObjBigInt *b);

/* float(v) for an any-int, correctly rounded; OverflowError "int too
** large to convert to float". */
bool bigint_to_double(VM *vm, Value v, double *out);
/* int(d) for a finite double, truncated toward zero. */
bool bigint_from_double(VM *vm, double d, Value *out);
/* The int written by [digits] (only digits of [base], no sign, no
** underscores) with sign [neg].  As CPython, a base that is not a power of
** two takes at most 4300 digits (ValueError "Exceeds the limit ..."). */
bool bigint_from_digits(VM *vm, const char *digits, int base, bool neg, Value *out);

/* Append the decimal form of the any-int [v] to [b]; ValueError beyond
** 4300 digits, as CPython 3.11's int-to-str limit. */
bool bigint_add_decimal(VM *vm, StrBuf *b, Value v);
/* The digits of |v| in [base] (2, 8, 10 or 16, lowercase), malloc'd (the
** caller frees it), for format(); *neg is v's sign.  NULL after MemoryError. */
char *bigint_digits(VM *vm, Value v, int base, bool *neg);
/* v.bit_length() / v.bit_count() of a big int. */
int64_t bigint_bit_length(ObjBigInt *b);
int64_t bigint_bit_count(ObjBigInt *b);
/* pow(base, exp, mod) for three any-ints, as CPython's long_pow with a
** modulus (negative exponents take the modular inverse). */
bool bigint_pow_mod(VM *vm, Value base, Value exp, Value mod, Value *out);
/* round(v, ndigits) for an any-int and a negative ndigits: round half to
** even at 10**-ndigits. */
bool bigint_round(VM *vm, Value v, int64_t ndigits, Value *out);

#endif
