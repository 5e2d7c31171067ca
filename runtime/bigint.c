/*
** bigint.c -- arbitrary-precision ints on GMP.
**
** ops.c and num.c keep the int64 fast paths and call here when a result
** leaves int64 or an operand is already big.  Results are normalised by
** bigint_make, so a big int object always holds a value outside int64.
**
** Out of memory: GMP cannot report an allocation failure (its allocation
** functions must not return NULL), so the functions given to it print
** "MemoryError" and exit.  To keep that rare, operations whose result
** would obviously be enormous (x ** huge, x << huge) are refused up front
** with MemoryError, as CPython would fail after a long time anyway.
*/
#include "runtime/bigint.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "src/gc.h"

#define MAX_STR_DIGITS 4300           /* sys.get_int_max_str_digits() */
#define MAX_RESULT_BITS (1ULL << 32)  /* refuse results above 512 MiB */

/* {====================================================== GMP glue */

static void *gmp_alloc(size_t n) {
  void *p = malloc(n);
  if (p == NULL) { fputs("MemoryError: out of memory in a big int\n", stderr); exit(1); }
  return p;
}
static void *gmp_realloc(void *p, size_t old, size_t n) {
  (void)old;
  void *q = realloc(p, n);
  if (q == NULL) { fputs("MemoryError: out of memory in a big int\n", stderr); exit(1); }
  return q;
}
static void gmp_free(void *p, size_t n) { (void)n; free(p); }

static void finalize_bigint(VM *vm, Obj *o) { mpz_clear(((ObjBigInt *)o)->z); }
static size_t size_bigint(Obj *o) {
  return sizeof(ObjBigInt) + mpz_size(((ObjBigInt *)o)->z) * sizeof(mp_limb_t);
}

bool bigint_init(VM *vm) {
  gc_kind_ops[OBJ_BIGINT] = (KindOps){.finalize = finalize_bigint, .size = size_bigint};
  mp_set_memory_functions(gmp_alloc, gmp_realloc, gmp_free);
  return true;
}

void bigint_get(Value v, mpz_t out) {
  if (IS_BIGINT(v)) { mpz_set(out, AS_BIGINT(v)->z); return; }
  mpz_set_si(out, (long)AS_INTLIKE(v));
}

bool bigint_make(VM *vm, mpz_t z, Value *out) {
  if (mpz_fits_slong_p(z)) { *out = INT_VAL((int64_t)mpz_get_si(z)); return true; }
  ObjBigInt *b = (ObjBigInt *)gc_alloc(vm, sizeof(ObjBigInt), OBJ_BIGINT, vm->t_int);
  if (b == NULL) return false;
  mpz_init(b->z);
  mpz_swap(b->z, z);
  gc_account(vm, mpz_size(b->z) * sizeof(mp_limb_t));
  *out = OBJ_VAL(b);
  return true;
}

/* }====================================================== */

/* {====================================================== conversions */

/* |z| (non-zero) as a correctly rounded double times 2***exp: the top 55
** bits with a sticky bit, rounded once by the hardware conversion. */
static double top_bits(const mpz_t z, long *exp) {
  size_t n = mpz_sizeinbase(z, 2);
  if (n <= 53) { *exp = 0; return fabs(mpz_get_d(z)); }   /* exact */
  mpz_t t;
  mpz_init(t);
  mpz_abs(t, z);
  size_t shift = n > 55 ? n - 55 : 0;
  bool sticky = mpz_scan1(t, 0) < shift;
  mpz_tdiv_q_2exp(t, t, shift);
  uint64_t q = (uint64_t)mpz_get_ui(t) | (sticky ? 1 : 0);
  mpz_clear(t);
  *exp = (long)shift;
  return (double)q;
}

bool bigint_to_double(VM *vm, Value v, double *out) {
  if (!IS_BIGINT(v)) { *out = (double)AS_INTLIKE(v); return true; }
  const mpz_t *z = &AS_BIGINT(v)->z;
  long e;
  double d = top_bits(*z, &e);
  d = ldexp(d, (int)(e > 4000 ? 4000 : e));
  if (isinf(d)) return vm_raise(vm, vm->exc_OverflowError, "int too large to convert to float");
  *out = mpz_sgn(*z) < 0 ? -d : d;
  return true;
}

bool bigint_from_double(VM *vm, double d, Value *out) {
  mpz_t z;
  mpz_init_set_d(z, d);   /* truncates toward zero, as int(float) */
  bool ok = bigint_make(vm, z, out);
  mpz_clear(z);
  return ok;
}

/* Is [base] a power of two (no digit limit for those, as CPython)? */
static bool pow2_base(int base) { return (base & (base - 1)) == 0; }

bool bigint_from_digits(VM *vm, const char *digits, int base, bool neg, Value *out) {
  size_t n = strlen(digits);
  if (!pow2_base(base) && n > MAX_STR_DIGITS)
    return vm_raise(vm, vm->exc_ValueError,
                    "Exceeds the limit (%d digits) for integer string conversion: value has %zu "
                    "digits; use sys.set_int_max_str_digits() to increase the limit",
                    MAX_STR_DIGITS, n);
  mpz_t z;
  if (mpz_init_set_str(z, digits, base) != 0) {
    mpz_clear(z);
    return vm_raise(vm, vm->exc_ValueError, "invalid literal for int() with base %d", base);
  }
  if (neg) mpz_neg(z, z);
  bool ok = bigint_make(vm, z, out);
  mpz_clear(z);
  return ok;
}

bool value_int_from_decimal(VM *vm, const char *digits, Value *out) {
  mpz_t z;
  if (mpz_init_set_str(z, digits, 10) != 0) {
    mpz_clear(z);
    return vm_raise(vm, vm->exc_ValueError, "invalid decimal literal");
  }
  bool ok = bigint_make(vm, z, out);
  mpz_clear(z);
  return ok;
}

bool bigint_add_decimal(VM *vm, StrBuf *b, Value v) {
  if (!IS_BIGINT(v)) return strbuf_printf(vm, b, "%lld", (long long)AS_INTLIKE(v));
  const mpz_t *z = &AS_BIGINT(v)->z;
  /* sizeinbase may count one digit too many: decide exactly below. */
  if (mpz_sizeinbase(*z, 10) > MAX_STR_DIGITS + 1) goto too_long;
  char *s = mpz_get_str(NULL, 10, *z);
  size_t len = strlen(s), ndigits = len - (s[0] == '-');
  bool ok = ndigits <= MAX_STR_DIGITS && strbuf_add(vm, b, s, len);
  free(s);
  if (ndigits <= MAX_STR_DIGITS) return ok;
too_long:
  return vm_raise(vm, vm->exc_ValueError,
                  "Exceeds the limit (%d digits) for integer string conversion; use "
                  "sys.set_int_max_str_digits() to increase the limit", MAX_STR_DIGITS);
}

char *bigint_digits(VM *vm, Value v, int base, bool *neg) {
  mpz_t z;
  mpz_init(z);
  bigint_get(v, z);
  *neg = mpz_sgn(z) < 0;
  mpz_abs(z, z);
  char *s = mpz_get_str(NULL, base, z);
  mpz_clear(z);
  return s;
}

int64_t bigint_bit_length(ObjBigInt *b) { return (int64_t)mpz_sizeinbase(b->z, 2); }

int64_t bigint_bit_count(ObjBigInt *b) {
  mpz_t t;
  mpz_init(t);
  mpz_abs(t, b->z);
  int64_t n = (int64_t)mpz_popcount(t);
  mpz_clear(t);
  return n;
}

/* }====================================================== */

/* {====================================================== comparison, hash */

int bigint_cmp(Value a, Value b) {
  if (!IS_BIGINT(a) && !IS_BIGINT(b)) {
    int64_t x = AS_INTLIKE(a), y = AS_INTLIKE(b);
    return x < y ? -1 : x > y;
  }
  /* GMP answers any sign-carrying int: make it -1, 0 or 1 (2 means nan). */
  int c;
  if (!IS_BIGINT(b)) c = mpz_cmp_si(AS_BIGINT(a)->z, (long)AS_INTLIKE(b));
  else if (!IS_BIGINT(a)) c = -mpz_cmp_si(AS_BIGINT(b)->z, (long)AS_INTLIKE(a));
  else c = mpz_cmp(AS_BIGINT(a)->z, AS_BIGINT(b)->z);
  return c < 0 ? -1 : c > 0;
}

int bigint_cmp_double(Value a, double f) {
  if (isnan(f)) return 2;
  if (isinf(f)) return f > 0 ? -1 : 1;
  mpz_t z;
  mpz_init(z);
  bigint_get(a, z);
  int c = mpz_cmp_d(z, f);   /* exact, even for non-integral f */
  mpz_clear(z);
  return c < 0 ? -1 : c > 0;
}

uint64_t bigint_hash(ObjBigInt *b) {
  const unsigned long P = (1UL << 61) - 1;
  int64_t h = (int64_t)mpz_tdiv_ui(b->z, P);   /* |z| mod P */
  if (mpz_sgn(b->z) < 0) h = -h;
  if (h == -1) h = -2;
  return (uint64_t)h;
}

/* }====================================================== */

/* {====================================================== arithmetic */

/* a / b correctly rounded (CPython's long_true_divide), b != 0. */
static bool true_divide(VM *vm, const mpz_t a, const mpz_t b, Value *out) {
  if (mpz_sgn(a) == 0) {
    *out = FLOAT_VAL(mpz_sgn(b) < 0 ? -0.0 : 0.0);
    return true;
  }
  long sa = (long)mpz_sizeinbase(a, 2), sb = (long)mpz_sizeinbase(b, 2);
  if (sa - sb > 1025) goto overflow;
  if (sa - sb < -1100) {
    *out = FLOAT_VAL((mpz_sgn(a) < 0) != (mpz_sgn(b) < 0) ? -0.0 : 0.0);
    return true;
  }
  /* Scale so that the quotient has 55 or 56 bits, then round once. */
  long k = 55 - (sa - sb);
  mpz_t num, den, q, r;
  mpz_inits(num, den, q, r, NULL);
  mpz_abs(num, a);
  mpz_abs(den, b);
  if (k >= 0) mpz_mul_2exp(num, num, (mp_bitcnt_t)k);
  else mpz_mul_2exp(den, den, (mp_bitcnt_t)-k);
  mpz_tdiv_qr(q, r, num, den);
  uint64_t bits = (uint64_t)mpz_get_ui(q) | (mpz_sgn(r) != 0 ? 1 : 0);
  mpz_clears(num, den, q, r, NULL);
  double d = ldexp((double)bits, (int)-k);
  if (isinf(d)) goto overflow;
  *out = FLOAT_VAL((mpz_sgn(a) < 0) != (mpz_sgn(b) < 0) ? -d : d);
  return true;
overflow:
  return vm_raise(vm, vm->exc_OverflowError, "integer division result too large for a float");
}

/* Does |a| exceed 2**53 (beyond exact double arithmetic)? */
static bool beyond_double(const mpz_t a) { return mpz_sizeinbase(a, 2) > 53; }

int bigint_binary(VM *vm, int op, Value va, Value vb, Value *out) {
  mpz_t a, b, r;
  mpz_inits(a, b, r, NULL);
  bigint_get(va, a);
  bigint_get(vb, b);
  int result = 1;
  switch (op) {
    case NB_ADD: mpz_add(r, a, b); break;
    case NB_SUBTRACT: mpz_sub(r, a, b); break;
    case NB_MULTIPLY: mpz_mul(r, a, b); break;
    case NB_FLOOR_DIVIDE:
    case NB_REMAINDER:
      if (mpz_sgn(b) == 0) {
        vm_raise(vm, vm->exc_ZeroDivisionError, op == NB_REMAINDER ? "integer modulo by zero"
                                                                   : "integer division or modulo by zero");
        result = -1;
        break;
      }
      if (op == NB_FLOOR_DIVIDE) mpz_fdiv_q(r, a, b);
      else mpz_fdiv_r(r, a, b);   /* floor: the sign of b, as Python */
      break;
    case NB_TRUE_DIVIDE:
      if (mpz_sgn(b) == 0) {
        vm_raise(vm, vm->exc_ZeroDivisionError, "division by zero");
        result = -1;
      } else if (!beyond_double(a) && !beyond_double(b)) {
        *out = FLOAT_VAL(mpz_get_d(a) / mpz_get_d(b));
      } else if (!true_divide(vm, a, b, out)) {
        result = -1;
      }
      mpz_clears(a, b, r, NULL);
      return result;
    case NB_POWER:
      if (mpz_sgn(b) < 0) {
        /* A negative exponent gives a float, as CPython. */
        double x, y;
        if (mpz_sgn(a) == 0) {
          vm_raise(vm, vm->exc_ZeroDivisionError, "0.0 cannot be raised to a negative power");
          result = -1;
        } else if (!bigint_to_double(vm, va, &x) || !bigint_to_double(vm, vb, &y)) {
          result = -1;
        } else {
          *out = FLOAT_VAL(pow(x, y));
        }
        mpz_clears(a, b, r, NULL);
        return result;
      }
      if (mpz_cmpabs_ui(a, 1) <= 0) {
        /* 0, 1 and -1 stay small whatever the exponent. */
        if (mpz_sgn(a) == 0) mpz_set_ui(r, mpz_sgn(b) == 0 ? 1 : 0);
        else if (mpz_sgn(a) > 0 || mpz_even_p(b)) mpz_set_ui(r, 1);
        else mpz_set_si(r, -1);
        break;
      }
      if (!mpz_fits_ulong_p(b) ||
          (double)mpz_sizeinbase(a, 2) * (double)mpz_get_ui(b) > (double)MAX_RESULT_BITS) {
        vm_raise_memory(vm);
        result = -1;
        break;
      }
      mpz_pow_ui(r, a, mpz_get_ui(b));
      break;
    case NB_LSHIFT:
    case NB_RSHIFT:
      if (mpz_sgn(b) < 0) {
        vm_raise(vm, vm->exc_ValueError, "negative shift count");
        result = -1;
        break;
      }
      if (op == NB_RSHIFT) {
        if (!mpz_fits_ulong_p(b)) mpz_set_si(r, mpz_sgn(a) < 0 ? -1 : 0);
        else mpz_fdiv_q_2exp(r, a, mpz_get_ui(b));   /* floor, as Python */
        break;
      }
      if (mpz_sgn(a) == 0) { mpz_set_ui(r, 0); break; }
      if (!mpz_fits_ulong_p(b) || mpz_get_ui(b) > MAX_RESULT_BITS) {
        vm_raise_memory(vm);
        result = -1;
        break;
      }
      mpz_mul_2exp(r, a, mpz_get_ui(b));
      break;
    case NB_AND: mpz_and(r, a, b); break;
    case NB_OR: mpz_ior(r, a, b); break;
    case NB_XOR: mpz_xor(r, a, b); break;
    default: result = 0; break;
  }
  if (result == 1 && !bigint_make(vm, r, out)) result = -1;
  mpz_clears(a, b, r, NULL);
  return result;
}

bool bigint_unary(VM *vm, int op, Value va, Value *out) {
  mpz_t a;
  mpz_init(a);
  bigint_get(va, a);
  switch (op) {
    case UN_NEGATIVE: mpz_neg(a, a); break;
    case UN_INVERT: mpz_com(a, a); break;
    case UN_POSITIVE: break;
    default: mpz_abs(a, a); break;
  }
  bool ok = bigint_make(vm, a, out);
  mpz_clear(a);
  return ok;
}

bool bigint_pow_mod(VM *vm, Value vbase, Value vexp, Value vmod, Value *out) {
  mpz_t b, e, m, r;
  mpz_inits(b, e, m, r, NULL);
  bigint_get(vbase, b);
  bigint_get(vexp, e);
  bigint_get(vmod, m);
  bool ok = true;
  if (mpz_sgn(m) == 0) {
    ok = vm_raise(vm, vm->exc_ValueError, "pow() 3rd argument cannot be 0");
  } else {
    mpz_t am;
    mpz_init(am);
    mpz_abs(am, m);
    if (mpz_sgn(e) < 0) {
      /* base ** -n is the inverse of base ** n modulo m. */
      if (!mpz_invert(b, b, am)) {
        ok = vm_raise(vm, vm->exc_ValueError, "base is not invertible for the given modulus");
      }
      mpz_neg(e, e);
    }
    if (ok) {
      mpz_powm(r, b, e, am);   /* in [0, |m|) */
      /* Python's result has the sign of m. */
      if (mpz_sgn(m) < 0 && mpz_sgn(r) != 0) mpz_add(r, r, m);
      if (mpz_cmp_ui(am, 1) == 0) mpz_set_ui(r, 0);
      ok = bigint_make(vm, r, out);
    }
    mpz_clear(am);
  }
  mpz_clears(b, e, m, r, NULL);
  return ok;
}

bool bigint_round(VM *vm, Value v, int64_t ndigits, Value *out) {
  mpz_t x, p, q, rem, twice;
  mpz_inits(x, p, q, rem, twice, NULL);
  bigint_get(v, x);
  if (-ndigits > (int64_t)mpz_sizeinbase(x, 10) + 1) {
    mpz_set_ui(q, 0);   /* far beyond the number: 0 */
  } else {
    mpz_ui_pow_ui(p, 10, (unsigned long)-ndigits);
    mpz_fdiv_qr(q, rem, x, p);
    /* Half to even: compare 2*rem with p. */
    mpz_mul_2exp(twice, rem, 1);
    int c = mpz_cmp(twice, p);
    if (c > 0 || (c == 0 && mpz_odd_p(q))) mpz_add_ui(q, q, 1);
    mpz_mul(q, q, p);
  }
  bool ok = bigint_make(vm, q, out);
  mpz_clears(x, p, q, rem, twice, NULL);
  return ok;
}

/* }====================================================== */
