/*
** mod_math.c -- the math module: constants, the float functions of C's
** libm with CPython's error rules, the integer functions (gcd, lcm,
** factorial, comb, perm, isqrt) on big ints through GMP, and the exact
** sums and products (fsum, prod).
**
** Error rules, as CPython's math_1: a nan result from a non-nan argument
** is ValueError "math domain error"; an infinite result from a finite
** argument is OverflowError "math range error" for the functions that can
** overflow (exp, cosh ...) and "math domain error" for the others (log(0)).
*/
#include "runtime/builtins.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/bigint.h"

/* {====================================================== arguments */

static bool domain_error(VM *vm) { return vm_raise(vm, vm->exc_ValueError, "math domain error"); }
static bool range_error(VM *vm) { return vm_raise(vm, vm->exc_OverflowError, "math range error"); }

/* A real-number argument as a double: int, bool, float, big int, or an
** object with __float__ (or __index__).  TypeError "must be real number,
** not str" otherwise. */
static bool arg_double(VM *vm, Value v, double *out) {
  if (IS_FLOAT(v)) { *out = AS_FLOAT(v); return true; }
  if (IS_INTLIKE(v)) { *out = (double)AS_INTLIKE(v); return true; }
  if (IS_BIGINT(v)) return bigint_to_double(vm, v, out);
  Value r;
  int called = ops_call_dunder(vm, v, "__float__", 0, NULL, &r);
  if (called < 0) return false;
  if (called) {
    if (!IS_FLOAT(r))
      return vm_raise(vm, vm->exc_TypeError, "%s.__float__ returned non-float (type %s)",
                      value_type_name(vm, v), value_type_name(vm, r));
    *out = AS_FLOAT(r);
    return true;
  }
  called = ops_call_dunder(vm, v, "__index__", 0, NULL, &r);
  if (called < 0) return false;
  if (called && IS_ANYINT(r)) return arg_double(vm, r, out);
  return vm_raise(vm, vm->exc_TypeError, "must be real number, not %s", value_type_name(vm, v));
}

/* An integer argument (any size, or __index__): the int in *out. */
static bool arg_integer(VM *vm, Value v, Value *out) {
  if (IS_ANYINT(v)) { *out = IS_BOOL(v) ? INT_VAL(AS_INTLIKE(v)) : v; return true; }
  Value r;
  int called = ops_call_dunder(vm, v, "__index__", 0, NULL, &r);
  if (called < 0) return false;
  if (called && IS_ANYINT(r)) { *out = r; return true; }
  if (called)
    return vm_raise(vm, vm->exc_TypeError, "__index__ returned non-int (type %s)",
                    value_type_name(vm, r));
  return vm_raise(vm, vm->exc_TypeError, "'%s' object cannot be interpreted as an integer",
                  value_type_name(vm, v));
}

/* Exactly one positional argument, as METH_O functions: "f() takes exactly
** one argument (2 given)". */
static bool one_arg(VM *vm, const char *name, int argc, ObjDict *kwargs) {
  if (kwargs != NULL && kwargs->count > 0)
    return vm_raise(vm, vm->exc_TypeError, "math.%s() takes no keyword arguments", name);
  if (argc != 1)
    return vm_raise(vm, vm->exc_TypeError, "math.%s() takes exactly one argument (%d given)", name,
                    argc);
  return true;
}

/* Exactly two positional arguments (METH_FASTCALL with two): "f expected
** 2 arguments, got 1". */
static bool two_args(VM *vm, const char *name, int argc, ObjDict *kwargs) {
  if (kwargs != NULL && kwargs->count > 0)
    return vm_raise(vm, vm->exc_TypeError, "%s() takes no keyword arguments", name);
  if (argc != 2)
    return vm_raise(vm, vm->exc_TypeError, "%s expected 2 arguments, got %d", name, argc);
  return true;
}

/* }====================================================== */

/* {====================================================== float functions */

/* One row per one-argument libm function: name, function, can it overflow
** (an infinite result is a range error rather than a domain error)? */
typedef struct {
  const char *name;
  double (*fn)(double);
  bool can_overflow;
} MathUnary;

static double math_degrees_fn(double x) { return x * (180.0 / M_PI); }
static double math_radians_fn(double x) { return x * (M_PI / 180.0); }
static double math_exp2_fn(double x) { return exp2(x); }

static const MathUnary unary_table[] = {
  {"sqrt", sqrt, false}, {"exp", exp, true}, {"exp2", math_exp2_fn, true},
  {"expm1", expm1, true}, {"log2", log2, false}, {"log10", log10, false},
  {"log1p", log1p, false}, {"sin", sin, false}, {"cos", cos, false}, {"tan", tan, false},
  {"asin", asin, false}, {"acos", acos, false}, {"atan", atan, false}, {"sinh", sinh, true},
  {"cosh", cosh, true}, {"tanh", tanh, false}, {"asinh", asinh, false},
  {"acosh", acosh, false}, {"atanh", atanh, false}, {"fabs", fabs, false},
  {"erf", erf, false}, {"erfc", erfc, false}, {"cbrt", cbrt, false},
  {"degrees", math_degrees_fn, false}, {"radians", math_radians_fn, false},
};

/* Apply the libm function of [row] with CPython's error rules. */
static bool apply_unary(VM *vm, const MathUnary *row, int argc, Value *args, ObjDict *kwargs,
                        Value *out) {
  double x;
  if (!one_arg(vm, row->name, argc, kwargs)) return false;
  /* log2/log10 of an int too big for a double: through its exponent. */
  if (IS_BIGINT(args[0]) && (row->fn == log2 || row->fn == log10)) {
    mpz_t z;
    mpz_init(z);
    bigint_get(args[0], z);
    if (mpz_sgn(z) <= 0) { mpz_clear(z); return domain_error(vm); }
    long e;
    double m = mpz_get_d_2exp(&e, z);
    mpz_clear(z);
    *out = FLOAT_VAL(row->fn(m) + row->fn(2.0) * (double)e);
    return true;
  }
  if (!arg_double(vm, args[0], &x)) return false;
  double r = row->fn(x);
  if (isnan(r) && !isnan(x)) return domain_error(vm);
  if (isinf(r) && isfinite(x)) return row->can_overflow ? range_error(vm) : domain_error(vm);
  *out = FLOAT_VAL(r);
  return true;
}

/* One native per row: the row is found by the native's name. */
static bool math_unary(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  return apply_unary(vm, &unary_table[AS_INT(self)], argc, args, kwargs, out);
}

/* The natural log of any positive real or int (big ints by exponent). */
static bool log_of(VM *vm, Value v, double *out) {
  if (IS_BIGINT(v)) {
    mpz_t z;
    mpz_init(z);
    bigint_get(v, z);
    if (mpz_sgn(z) <= 0) { mpz_clear(z); return domain_error(vm); }
    long e;
    double m = mpz_get_d_2exp(&e, z);
    mpz_clear(z);
    *out = log(m) + log(2.0) * (double)e;
    return true;
  }
  double x;
  if (!arg_double(vm, v, &x)) return false;
  if (isnan(x)) { *out = x; return true; }
  if (x <= 0.0) return domain_error(vm);
  *out = log(x);
  return true;
}

/* log(x[, base]) */
static bool math_log(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  if (!args_check(vm, "log", argc, kwargs, 1, 2)) return false;
  double num, den;
  if (!log_of(vm, args[0], &num)) return false;
  if (argc == 2) {
    if (!log_of(vm, args[1], &den)) return false;
    if (den == 0.0) return vm_raise(vm, vm->exc_ZeroDivisionError, "float division by zero");
    num /= den;
  }
  *out = FLOAT_VAL(num);
  return true;
}

/* pow(x, y): C's pow with CPython's errors. */
static bool math_pow(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  double x, y;
  if (!two_args(vm, "pow", argc, kwargs) || !arg_double(vm, args[0], &x) ||
      !arg_double(vm, args[1], &y))
    return false;
  double r = pow(x, y);
  if (isfinite(x) && isfinite(y)) {
    if (isnan(r)) return domain_error(vm);
    if (isinf(r)) return x == 0.0 ? domain_error(vm) : range_error(vm);
  }
  *out = FLOAT_VAL(r);
  return true;
}

/* A two-argument libm function: atan2, copysign, fmod, remainder, nextafter. */
static bool math_binary(VM *vm, const char *name, double (*fn)(double, double), int argc,
                        Value *args, ObjDict *kwargs, Value *out) {
  double x, y;
  if (!two_args(vm, name, argc, kwargs) || !arg_double(vm, args[0], &x) ||
      !arg_double(vm, args[1], &y))
    return false;
  double r = fn(x, y);
  if (isnan(r) && !isnan(x) && !isnan(y)) return domain_error(vm);
  *out = FLOAT_VAL(r);
  return true;
}

static bool math_atan2(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  return math_binary(vm, "atan2", atan2, argc, args, kwargs, out);
}
static bool math_copysign(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  return math_binary(vm, "copysign", copysign, argc, args, kwargs, out);
}
static bool math_fmod(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  return math_binary(vm, "fmod", fmod, argc, args, kwargs, out);
}
static bool math_remainder(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  return math_binary(vm, "remainder", remainder, argc, args, kwargs, out);
}
static bool math_nextafter(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  return math_binary(vm, "nextafter", nextafter, argc, args, kwargs, out);
}

/* hypot(*coordinates): the Euclidean norm, scaled to avoid overflow. */
static bool math_hypot(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  if (kwargs != NULL && kwargs->count > 0)
    return vm_raise(vm, vm->exc_TypeError, "hypot() takes no keyword arguments");
  double *xs = malloc(sizeof(double) * (size_t)(argc > 0 ? argc : 1));
  if (xs == NULL) return vm_raise_memory(vm);
  double max = 0.0;
  bool found_nan = false;
  for (int i = 0; i < argc; i++) {
    if (!arg_double(vm, args[i], &xs[i])) { free(xs); return false; }
    xs[i] = fabs(xs[i]);
    found_nan |= isnan(xs[i]);
    if (xs[i] > max) max = xs[i];
  }
  double r;
  if (isinf(max)) r = max;
  else if (found_nan) r = NAN;
  else if (max == 0.0 || argc <= 1) r = max;
  else if (argc == 2) r = hypot(xs[0], xs[1]);
  else {
    /* Scale by a power of two (exact), sum the squares in long double. */
    int e;
    frexp(max, &e);
    long double sum = 0.0L;
    for (int i = 0; i < argc; i++) {
      long double q = ldexpl((long double)xs[i], -e);
      sum += q * q;
    }
    r = (double)ldexpl(sqrtl(sum), e);
  }
  free(xs);
  *out = FLOAT_VAL(r);
  return true;
}

/* floor / ceil: ints as they are, floats to ints, else __floor__/__ceil__. */
static bool round_to_int(VM *vm, const char *name, const char *dunder, double (*fn)(double),
                         int argc, Value *args, ObjDict *kwargs, Value *out) {
  if (!one_arg(vm, name, argc, kwargs)) return false;
  Value v = args[0];
  if (IS_ANYINT(v)) { *out = IS_BOOL(v) ? INT_VAL(AS_INTLIKE(v)) : v; return true; }
  if (!IS_FLOAT(v)) {
    int called = ops_call_dunder(vm, v, dunder, 0, NULL, out);
    if (called != 0) return called > 0;
  }
  double x;
  if (!arg_double(vm, v, &x)) return false;
  return num_float_to_int(vm, fn(x), out);
}

static bool math_floor(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  return round_to_int(vm, "floor", "__floor__", floor, argc, args, kwargs, out);
}
static bool math_ceil(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  return round_to_int(vm, "ceil", "__ceil__", ceil, argc, args, kwargs, out);
}

/* trunc(x): x.__trunc__() for non-floats. */
static bool math_trunc(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  if (!one_arg(vm, "trunc", argc, kwargs)) return false;
  Value v = args[0];
  if (IS_FLOAT(v)) return num_float_to_int(vm, AS_FLOAT(v), out);
  if (IS_ANYINT(v)) { *out = IS_BOOL(v) ? INT_VAL(AS_INTLIKE(v)) : v; return true; }
  int called = ops_call_dunder(vm, v, "__trunc__", 0, NULL, out);
  if (called != 0) return called > 0;
  return vm_raise(vm, vm->exc_TypeError, "type %s doesn't define __trunc__ method",
                  value_type_name(vm, v));
}

/* isfinite / isinf / isnan */
static bool classify(VM *vm, const char *name, int (*test)(double), int argc, Value *args,
                     ObjDict *kwargs, Value *out) {
  double x;
  if (!one_arg(vm, name, argc, kwargs) || !arg_double(vm, args[0], &x)) return false;
  *out = BOOL_VAL(test(x) != 0);
  return true;
}
static int test_finite(double x) { return isfinite(x); }
static int test_inf(double x) { return isinf(x); }
static int test_nan(double x) { return isnan(x); }
static bool math_isfinite(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  return classify(vm, "isfinite", test_finite, argc, args, kwargs, out);
}
static bool math_isinf(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  return classify(vm, "isinf", test_inf, argc, args, kwargs, out);
}
static bool math_isnan(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  return classify(vm, "isnan", test_nan, argc, args, kwargs, out);
}

/* isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0) */
static bool math_isclose(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  static const char *const kw[] = {"a", "b", "rel_tol", "abs_tol", NULL};
  if (!kwargs_check(vm, "isclose", kwargs, kw)) return false;
  Value va = argc > 0 ? args[0] : UNDEF_VAL, vb = argc > 1 ? args[1] : UNDEF_VAL, v;
  if (argc > 2)
    return vm_raise(vm, vm->exc_TypeError, "isclose() takes exactly 2 positional arguments (%d given)",
                    argc);
  kwarg_get(vm, kwargs, "a", &va);
  kwarg_get(vm, kwargs, "b", &vb);
  if (IS_UNDEF(va) || IS_UNDEF(vb))
    return vm_raise(vm, vm->exc_TypeError, "isclose() missing required argument '%s' (pos %d)",
                    IS_UNDEF(va) ? "a" : "b", IS_UNDEF(va) ? 1 : 2);
  double a, b, rel = 1e-09, abs_tol = 0.0;
  if (!arg_double(vm, va, &a) || !arg_double(vm, vb, &b)) return false;
  if (kwarg_get(vm, kwargs, "rel_tol", &v) && !arg_double(vm, v, &rel)) return false;
  if (kwarg_get(vm, kwargs, "abs_tol", &v) && !arg_double(vm, v, &abs_tol)) return false;
  if (rel < 0.0 || abs_tol < 0.0)
    return vm_raise(vm, vm->exc_ValueError, "tolerances must be non-negative");
  if (a == b) { *out = BOOL_VAL(true); return true; }
  if (isinf(a) || isinf(b)) { *out = BOOL_VAL(false); return true; }
  double diff = fabs(b - a);
  *out = BOOL_VAL((diff <= fabs(rel * b)) || (diff <= fabs(rel * a)) || diff <= abs_tol);
  return true;
}

/* modf(x) -> (fractional part, integer part) */
static bool math_modf(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  double x, ip;
  if (!one_arg(vm, "modf", argc, kwargs) || !arg_double(vm, args[0], &x)) return false;
  double fp = isinf(x) ? copysign(0.0, x) : modf(x, &ip);
  if (isinf(x)) ip = x;
  ObjTuple *t = tuple_new(vm, 2);
  if (t == NULL) return false;
  t->items[0] = FLOAT_VAL(fp);
  t->items[1] = FLOAT_VAL(ip);
  *out = OBJ_VAL(t);
  return true;
}

/* frexp(x) -> (mantissa, exponent) */
static bool math_frexp(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  double x;
  int e = 0;
  if (!one_arg(vm, "frexp", argc, kwargs) || !arg_double(vm, args[0], &x)) return false;
  double m = isfinite(x) ? frexp(x, &e) : x;
  ObjTuple *t = tuple_new(vm, 2);
  if (t == NULL) return false;
  t->items[0] = FLOAT_VAL(m);
  t->items[1] = INT_VAL(e);
  *out = OBJ_VAL(t);
  return true;
}

/* ldexp(x, i) */
static bool math_ldexp(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  double x;
  int64_t i;
  if (!two_args(vm, "ldexp", argc, kwargs) || !arg_double(vm, args[0], &x)) return false;
  if (!IS_INTLIKE(args[1]))
    return vm_raise(vm, vm->exc_TypeError, "Expected an int as second argument to ldexp.");
  i = AS_INTLIKE(args[1]);
  if (i > 100000) i = 100000;
  if (i < -100000) i = -100000;
  double r = ldexp(x, (int)i);
  if (isinf(r) && isfinite(x)) return range_error(vm);
  *out = FLOAT_VAL(r);
  return true;
}

/* gamma / lgamma: C's, with CPython's domain errors at the poles. */
static bool gamma_like(VM *vm, const char *name, bool log_form, int argc, Value *args,
                       ObjDict *kwargs, Value *out) {
  double x;
  if (!one_arg(vm, name, argc, kwargs) || !arg_double(vm, args[0], &x)) return false;
  if (isfinite(x) && x <= 0.0 && x == floor(x)) return domain_error(vm);
  if (!log_form && x == -INFINITY) return domain_error(vm);
  double r = log_form ? lgamma(x) : tgamma(x);
  if (isinf(r) && isfinite(x)) return range_error(vm);
  *out = FLOAT_VAL(r);
  return true;
}
static bool math_gamma(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  return gamma_like(vm, "gamma", false, argc, args, kwargs, out);
}
static bool math_lgamma(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  return gamma_like(vm, "lgamma", true, argc, args, kwargs, out);
}

/* }====================================================== */

/* {====================================================== fsum and prod */

/*
** fsum(iterable): the correctly rounded sum, by Shewchuk's algorithm: keep
** the exact sum as a list of non-overlapping partials (each addition is
** split into its rounded sum and the exact error by two-sum), then add the
** partials from the largest, correcting the last rounding as in CPython's
** msum (half-way cases are decided by the sign of the next partial).
*/
static bool math_fsum(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  if (!one_arg(vm, "fsum", argc, kwargs)) return false;
  Value it;
  if (!value_iter(vm, args[0], &it)) return false;
  vm_push_root(vm, it);
  size_t n = 0, cap = 32;
  double *p = malloc(sizeof(double) * cap);
  double special = 0.0, inf_sum = 0.0;
  bool ok = p != NULL || vm_raise_memory(vm);
  Value item;
  int more = 0;
  while (ok && (more = value_next(vm, it, &item)) > 0) {
    double x;
    if (!arg_double(vm, item, &x)) { ok = false; break; }
    if (!isfinite(x)) {
      /* infs and nans are summed apart: inf + -inf is an error. */
      if (isinf(x)) inf_sum += x;
      special += x;
      continue;
    }
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
      double y = p[i];
      if (fabs(x) < fabs(y)) { double t = x; x = y; y = t; }
      double hi = x + y, lo = y - (hi - x);
      if (lo != 0.0) p[k++] = lo;
      x = hi;
    }
    if (!isfinite(x)) {
      ok = vm_raise(vm, vm->exc_OverflowError, "intermediate overflow in fsum");
      break;
    }
    if (x == 0.0) { n = k; continue; }
    if (k == cap) {
      double *q = realloc(p, sizeof(double) * cap * 2);
      if (q == NULL) { ok = vm_raise_memory(vm); break; }
      p = q;
      cap *= 2;
    }
    p[k++] = x;
    n = k;
  }
  vm_pop_root(vm, 1);
  if (!ok || more < 0) { free(p); return false; }
  if (special != 0.0) {
    free(p);
    if (isnan(inf_sum)) return vm_raise(vm, vm->exc_ValueError, "-inf + inf in fsum");
    *out = FLOAT_VAL(special);
    return true;
  }
  double hi = 0.0;
  if (n > 0) {
    size_t i = n - 1;
    hi = p[i];
    double lo = 0.0;
    while (i > 0) {
      double x = hi, y = p[--i];
      hi = x + y;
      double yr = hi - x;
      lo = y - yr;
      if (lo != 0.0) break;
    }
    /* Round half-way cases by the sign of the partials below. */
    if (i > 0 && ((lo < 0.0 && p[i - 1] < 0.0) || (lo > 0.0 && p[i - 1] > 0.0))) {
      double y = lo * 2.0, x = hi + y, yr = x - hi;
      if (y == yr) hi = x;
    }
  }
  free(p);
  *out = FLOAT_VAL(hi);
  return true;
}

/* prod(iterable, *, start=1): start * item * item ... with the * operator. */
static bool math_prod(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  static const char *const kw[] = {"start", NULL};
  if (!kwargs_check(vm, "prod", kwargs, kw)) return false;
  if (argc != 1)
    return vm_raise(vm, vm->exc_TypeError, "prod() takes exactly 1 positional argument (%d given)",
                    argc);
  Value acc = INT_VAL(1), it, item;
  kwarg_get(vm, kwargs, "start", &acc);
  if (!value_iter(vm, args[0], &it)) return false;
  vm_push_root(vm, it);
  vm_push_root(vm, acc);
  int more;
  bool ok = true;
  while ((more = value_next(vm, it, &item)) > 0) {
    Value r;
    if (!value_binary_op(vm, NB_MULTIPLY, acc, item, &r)) { ok = false; break; }
    acc = r;
    vm_pop_root(vm, 1);       /* the running product replaces the old one */
    vm_push_root(vm, acc);
  }
  vm_pop_root(vm, 2);
  if (!ok || more < 0) return false;
  *out = acc;
  return true;
}

/* }====================================================== */

/* {====================================================== integer functions */

/* gcd(*integers) / lcm(*integers) */
static bool gcd_lcm(VM *vm, bool lcm, int argc, Value *args, ObjDict *kwargs, Value *out) {
  if (kwargs != NULL && kwargs->count > 0)
    return vm_raise(vm, vm->exc_TypeError, "%s() takes no keyword arguments", lcm ? "lcm" : "gcd");
  mpz_t acc, z;
  mpz_init_set_ui(acc, lcm ? 1 : 0);
  mpz_init(z);
  bool ok = true;
  for (int i = 0; i < argc && ok; i++) {
    Value v;
    if (!arg_integer(vm, args[i], &v)) { ok = false; break; }
    bigint_get(v, z);
    if (lcm) mpz_lcm(acc, acc, z);
    else mpz_gcd(acc, acc, z);
  }
  if (ok) ok = bigint_make(vm, acc, out);
  mpz_clear(acc);
  mpz_clear(z);
  return ok;
}
static bool math_gcd(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  return gcd_lcm(vm, false, argc, args, kwargs, out);
}
static bool math_lcm(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  return gcd_lcm(vm, true, argc, args, kwargs, out);
}

/* A non-negative integer argument that fits an unsigned long; [what] names
** it in CPython's messages. */
static bool arg_count(VM *vm, Value v, const char *negative_msg, const char *fname,
                      unsigned long *out) {
  Value i;
  if (!arg_integer(vm, v, &i)) return false;
  if (IS_BIGINT(i)) {
    if (bigint_cmp(i, INT_VAL(0)) < 0) return vm_raise(vm, vm->exc_ValueError, "%s", negative_msg);
    return vm_raise(vm, vm->exc_OverflowError, "%s() argument should not exceed %ld", fname,
                    (long)INT64_MAX);
  }
  if (AS_INT(i) < 0) return vm_raise(vm, vm->exc_ValueError, "%s", negative_msg);
  *out = (unsigned long)AS_INT(i);
  return true;
}

static bool math_factorial(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  if (!one_arg(vm, "factorial", argc, kwargs)) return false;
  unsigned long n;
  if (!arg_count(vm, args[0], "factorial() not defined for negative values", "factorial", &n))
    return false;
  mpz_t z;
  mpz_init(z);
  mpz_fac_ui(z, n);
  bool ok = bigint_make(vm, z, out);
  mpz_clear(z);
  return ok;
}

/* comb(n, k) and perm(n, k=None) */
static bool math_comb(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  unsigned long n, k;
  if (!two_args(vm, "comb", argc, kwargs) ||
      !arg_count(vm, args[0], "n must be a non-negative integer", "comb", &n) ||
      !arg_count(vm, args[1], "k must be a non-negative integer", "comb", &k))
    return false;
  mpz_t z;
  mpz_init(z);
  if (k <= n) mpz_bin_uiui(z, n, k);
  bool ok = bigint_make(vm, z, out);
  mpz_clear(z);
  return ok;
}

static bool math_perm(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  if (kwargs != NULL && kwargs->count > 0)
    return vm_raise(vm, vm->exc_TypeError, "perm() takes no keyword arguments");
  if (argc < 1 || argc > 2)
    return vm_raise(vm, vm->exc_TypeError, "perm expected at %s %d argument%s, got %d",
                    argc < 1 ? "least" : "most", argc < 1 ? 1 : 2, argc < 1 ? "" : "s", argc);
  unsigned long n, k;
  /* perm(n) is factorial(n), with its message. */
  if (!arg_count(vm, args[0], argc == 1 || IS_NONE(args[1])
                                  ? "factorial() not defined for negative values"
                                  : "n must be a non-negative integer", "perm", &n))
    return false;
  k = n;
  if (argc == 2 && !IS_NONE(args[1]) &&
      !arg_count(vm, args[1], "k must be a non-negative integer", "perm", &k))
    return false;
  mpz_t z;
  mpz_init_set_ui(z, k <= n ? 1 : 0);
  for (unsigned long i = 0; k <= n && i < k; i++) mpz_mul_ui(z, z, n - i);
  bool ok = bigint_make(vm, z, out);
  mpz_clear(z);
  return ok;
}

static bool math_isqrt(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  Value v;
  if (!one_arg(vm, "isqrt", argc, kwargs) || !arg_integer(vm, args[0], &v)) return false;
  mpz_t z;
  mpz_init(z);
  bigint_get(v, z);
  if (mpz_sgn(z) < 0) {
    mpz_clear(z);
    return vm_raise(vm, vm->exc_ValueError, "isqrt() argument must be nonnegative");
  }
  mpz_sqrt(z, z);
  bool ok = bigint_make(vm, z, out);
  mpz_clear(z);
  return ok;
}

/* }====================================================== */

bool mod_math_init(VM *vm) {
  ObjModule *m = module_new(vm, rt_name(vm, "math"));
  if (m == NULL) return false;
  ObjDict *d = m->dict;
  for (size_t i = 0; i < sizeof unary_table / sizeof unary_table[0]; i++) {
    ObjNative *n = native_new(vm, unary_table[i].name, math_unary, INT_VAL((int64_t)i));
    if (n == NULL || !dict_set_cstr(vm, d, unary_table[i].name, OBJ_VAL(n))) return false;
  }
  static const struct { const char *name; NativeFn fn; } fns[] = {
    {"log", math_log}, {"pow", math_pow}, {"atan2", math_atan2}, {"copysign", math_copysign},
    {"fmod", math_fmod}, {"remainder", math_remainder}, {"nextafter", math_nextafter},
    {"hypot", math_hypot}, {"floor", math_floor}, {"ceil", math_ceil}, {"trunc", math_trunc},
    {"isfinite", math_isfinite}, {"isinf", math_isinf}, {"isnan", math_isnan},
    {"isclose", math_isclose}, {"modf", math_modf}, {"frexp", math_frexp}, {"ldexp", math_ldexp},
    {"gamma", math_gamma}, {"lgamma", math_lgamma}, {"fsum", math_fsum}, {"prod", math_prod},
    {"gcd", math_gcd}, {"lcm", math_lcm}, {"factorial", math_factorial}, {"comb", math_comb},
    {"perm", math_perm}, {"isqrt", math_isqrt},
  };
  for (size_t i = 0; i < sizeof fns / sizeof fns[0]; i++) define_native(vm, d, fns[i].name, fns[i].fn);
  if (!dict_set_cstr(vm, d, "pi", FLOAT_VAL(M_PI)) || !dict_set_cstr(vm, d, "e", FLOAT_VAL(M_E)) ||
      !dict_set_cstr(vm, d, "tau", FLOAT_VAL(2 * M_PI)) ||
      !dict_set_cstr(vm, d, "inf", FLOAT_VAL(INFINITY)) ||
      !dict_set_cstr(vm, d, "nan", FLOAT_VAL(NAN)))
    return false;
  return runtime_register_module(vm, m);
}
