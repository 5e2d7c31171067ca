/*
** num.c -- int, bool and float: construction (int(), float(), bool()),
** parsing, CPython's float repr and hash, and the format-spec mini-language
** (format(), f-strings, str.format, and the %-operator's conversions).
*/
#include "runtime/builtins.h"
#include "runtime/bigint.h"

#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>


/* {====================================================== float repr, hash */

void num_float_repr(double x, char *buf, size_t size) {
  if (isnan(x)) { snprintf(buf, size, "nan"); return; }
  if (isinf(x)) { snprintf(buf, size, x < 0 ? "-inf" : "inf"); return; }
  if (x == 0.0) { snprintf(buf, size, signbit(x) ? "-0.0" : "0.0"); return; }
  /* The shortest digit string that reads back as the same double, as
  ** CPython's repr (David Gay's shortest mode): for each length, the
  ** correctly rounded digits, or else the neighbour one unit away in the
  ** last digit (the shortest string is not always a rounding of the exact
  ** value).  digits/exp: the value is 0.d1d2d3... * 10**(exp+1). */
  bool neg = signbit(x);
  double ax = fabs(x);
  char digits[32];
  int n = 0, exp = 0;
  for (int prec = 1; prec <= 17; prec++) {
    char tmp[64];
    snprintf(tmp, sizeof tmp, "%.*e", prec - 1, ax);
    unsigned long long m = 0;
    const char *q = tmp;
    for (; *q && *q != 'e'; q++)
      if (*q != '.') m = m * 10 + (unsigned long long)(*q - '0');
    int e10 = atoi(q + 1) - (prec - 1);          /* value = m * 10**e10 */
    unsigned long long cands[3] = {m, m - 1, m + 1};
    int found = -1;
    long double best = 0;
    for (int k = 0; k < 3; k++) {
      if (cands[k] == 0) continue;
      char t[64];
      snprintf(t, sizeof t, "%llue%d", cands[k], e10);
      if (strtod(t, NULL) != ax) continue;
      if (k == 0) { found = 0; break; }           /* correctly rounded wins */
      long double d = fabsl(strtold(t, NULL) - (long double)ax);
      if (found < 0 || d < best) { found = k; best = d; }
    }
    if (found < 0 && prec < 17) continue;
    if (found < 0) found = 0;
    n = snprintf(digits, sizeof digits, "%llu", cands[found]);
    exp = e10 + n - 1;
    break;
  }
  while (n > 1 && digits[n - 1] == '0') n--;
  digits[n] = '\0';
  char *o = buf;
  char *end = buf + size - 1;
#define PUT(c) do { if (o < end) *o++ = (c); } while (0)
  if (neg) PUT('-');
  if (exp < -4 || exp >= 16) {
    /* Scientific: d.ddde+XX, as repr(1e16) and repr(1.5e-07). */
    PUT(digits[0]);
    if (n > 1) {
      PUT('.');
      for (int i = 1; i < n; i++) PUT(digits[i]);
    }
    char e[16];
    snprintf(e, sizeof e, "e%c%02d", exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
    for (char *q = e; *q; q++) PUT(*q);
  } else if (exp >= 0) {
    for (int i = 0; i <= exp; i++) PUT(i < n ? digits[i] : '0');
    PUT('.');
    if (n > exp + 1) for (int i = exp + 1; i < n; i++) PUT(digits[i]);
    else PUT('0');
  } else {
    PUT('0');
    PUT('.');
    for (int i = 0; i < -exp - 1; i++) PUT('0');
    for (int i = 0; i < n; i++) PUT(digits[i]);
  }
#undef PUT
  *o = '\0';
}

int64_t num_hash_double(double v) {
  /* CPython's _Py_HashDouble: the value modulo 2**61 - 1, so that equal
  ** ints and floats hash alike. */
  const uint64_t P = (1ULL << 61) - 1;
  if (isinf(v)) return v > 0 ? 314159 : -314159;
  if (isnan(v)) return 0;
  int e;
  double m = frexp(v, &e);
  int sign = 1;
  if (m < 0) { sign = -1; m = -m; }
  uint64_t x = 0;
  while (m) {
    x = ((x << 28) & P) | x >> (61 - 28);
    m *= 268435456.0;   /* 2**28 */
    e -= 28;
    uint64_t y = (uint64_t)m;
    m -= (double)y;
    x += y;
    if (x >= P) x -= P;
  }
  e = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61);
  x = ((x << e) & P) | x >> (61 - e);
  int64_t h = (int64_t)x * sign;
  return h == -1 ? -2 : h;
}

/* }====================================================== */

/* {====================================================== parsing */

static bool is_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

/* ValueError "invalid literal for int() with base B: 'text'". */
static bool bad_int_literal(VM *vm, const char *s, size_t len, int base) {
  ObjStr *str = str_new(vm, s, len), *r;
  if (str == NULL || !value_repr(vm, OBJ_VAL(str), &r)) return false;
  return vm_raise(vm, vm->exc_ValueError, "invalid literal for int() with base %d: %s", base,
                  r->chars);
}

static int digit_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 99;
}

bool num_parse_int(VM *vm, const char *s, size_t len, int base, Value *out) {
  size_t i = 0, j = len;
  while (i < j && is_space(s[i])) i++;
  while (j > i && is_space(s[j - 1])) j--;
  bool neg = false;
  if (i < j && (s[i] == '+' || s[i] == '-')) { neg = s[i] == '-'; i++; }
  int b = base;
  bool prefixed = false;
  if (j - i >= 2 && s[i] == '0') {
    char p = (char)tolower((unsigned char)s[i + 1]);
    if ((p == 'x' && (b == 16 || b == 0)) || (p == 'o' && (b == 8 || b == 0)) ||
        (p == 'b' && (b == 2 || b == 0))) {
      b = p == 'x' ? 16 : p == 'o' ? 8 : 2;
      i += 2;
      prefixed = true;
    }
  }
  if (b == 0) b = 10;
  bool leading_zero = base == 0 && !prefixed && i < j && s[i] == '0';
  if (i >= j) return bad_int_literal(vm, s, len, base == 0 && !prefixed ? 0 : base);
  int64_t v = 0;
  bool last_digit = prefixed;   /* an underscore may follow a prefix */
  bool nonzero = false, big = false;
  size_t ndigits = 0;
  for (size_t k = i; k < j; k++) {
    if (s[k] == '_') {
      if (!last_digit || k + 1 >= j) return bad_int_literal(vm, s, len, base);
      last_digit = false;
      continue;
    }
    int d = digit_value(s[k]);
    if (d >= b) return bad_int_literal(vm, s, len, base);
    if (d) nonzero = true;
    ndigits++;
    if (!big && (__builtin_mul_overflow(v, b, &v) || __builtin_sub_overflow(v, d, &v)))
      big = true;   /* beyond int64: parsed again below with GMP */
    last_digit = true;
  }
  /* Base 0 rejects "010" (but accepts "000"). */
  if (leading_zero && nonzero) return bad_int_literal(vm, s, len, base);
  if (big || ndigits > 4300 || (!neg && v == INT64_MIN)) {
    /* A big int: its digits without the underscores. */
    char *clean = malloc(ndigits + 1);
    if (clean == NULL) return vm_raise_memory(vm);
    size_t n = 0;
    for (size_t k = i; k < j; k++)
      if (s[k] != '_') clean[n++] = s[k];
    clean[n] = '\0';
    bool ok = bigint_from_digits(vm, clean, b, neg, out);
    free(clean);
    return ok;
  }
  /* v holds -|value| so that INT64_MIN parses. */
  if (!neg) v = -v;
  *out = INT_VAL(v);
  return true;
}

bool num_parse_float(VM *vm, const char *s, size_t len, Value *out) {
  size_t i = 0, j = len;
  while (i < j && is_space(s[i])) i++;
  while (j > i && is_space(s[j - 1])) j--;
  char buf[128];
  size_t n = 0;
  bool ok = i < j && j - i < sizeof buf;
  /* Copy, dropping underscores that sit between two digits. */
  for (size_t k = i; ok && k < j; k++) {
    char c = s[k];
    if (c == '_') {
      if (k == i || k + 1 >= j || !isdigit((unsigned char)s[k - 1]) ||
          !isdigit((unsigned char)s[k + 1]))
        ok = false;
      continue;
    }
    if (c == 'x' || c == 'X' || c == 'p' || c == 'P' || c == '\0' || (unsigned char)c >= 0x80)
      ok = false;
    buf[n++] = c;
  }
  buf[n] = '\0';
  if (ok) {
    const char *t = buf + (buf[0] == '+' || buf[0] == '-');
    if (strcasecmp(t, "inf") == 0 || strcasecmp(t, "infinity") == 0) {
      *out = FLOAT_VAL(buf[0] == '-' ? -INFINITY : INFINITY);
      return true;
    }
    if (strcasecmp(t, "nan") == 0) {
      *out = FLOAT_VAL(buf[0] == '-' ? -NAN : NAN);
      return true;
    }
    if (isalpha((unsigned char)t[0])) ok = false;
  }
  if (ok) {
    char *end;
    double d = strtod(buf, &end);
    if (*end == '\0' && end != buf) {
      *out = FLOAT_VAL(d);
      return true;
    }
  }
  ObjStr *str = str_new(vm, s, len), *r;
  if (str == NULL || !value_repr(vm, OBJ_VAL(str), &r)) return false;
  return vm_raise(vm, vm->exc_ValueError, "could not convert string to float: %s", r->chars);
}

/* }====================================================== */

/* {====================================================== format specs */

bool num_spec_parse(VM *vm, const char *s, size_t len, FormatSpec *f) {
  f->fill = ' ';
  f->align = 0;
  f->sign = 0;
  f->alt = false;
  f->zero = false;
  f->z = false;
  f->width = -1;
  f->grouping = 0;
  f->precision = -1;
  f->type = 0;
  size_t i = 0;
  /* [[fill]align]: the fill is one code point. */
  size_t p = 0;
  uint32_t cp = len > 0 ? str_decode(s, &p) : 0;
  bool fill_given = false;
  if (len > p && s[p] != '\0' && strchr("<>=^", s[p])) {
    f->fill = cp;
    f->align = s[p];
    i = p + 1;
    fill_given = true;
  } else if (len > 0 && s[0] != '\0' && strchr("<>=^", s[0])) {
    f->align = s[0];
    i = 1;
  }
  if (i < len && (s[i] == '+' || s[i] == '-' || s[i] == ' ')) f->sign = s[i++];
  if (i < len && s[i] == 'z') { f->z = true; i++; }
  if (i < len && s[i] == '#') { f->alt = true; i++; }
  if (i < len && s[i] == '0') {
    f->zero = true;
    i++;
  }
  if (i < len && isdigit((unsigned char)s[i])) {
    f->width = 0;
    while (i < len && isdigit((unsigned char)s[i])) {
      /* past a Py_ssize_t: CPython's message; a width that fits but is
         too big for memory is pad()'s MemoryError */
      if (f->width > (INT64_MAX - 9) / 10)
        return vm_raise(vm, vm->exc_ValueError, "Too many decimal digits in format string");
      f->width = f->width * 10 + (s[i++] - '0');
    }
  }
  if (i < len && (s[i] == ',' || s[i] == '_')) {
    f->grouping = s[i++];
    if (i < len && (s[i] == ',' || s[i] == '_'))
      return vm_raise(vm, vm->exc_ValueError, "Cannot specify both ',' and '_'.");
  }
  if (i < len && s[i] == '.') {
    i++;
    if (i >= len || !isdigit((unsigned char)s[i]))
      return vm_raise(vm, vm->exc_ValueError, "Format specifier missing precision");
    f->precision = 0;
    while (i < len && isdigit((unsigned char)s[i])) {
      f->precision = f->precision * 10 + (s[i++] - '0');
      if (f->precision > 100000000)
        return vm_raise(vm, vm->exc_ValueError, "Too many decimal digits in format string");
    }
  }
  if (i < len) f->type = s[i++];
  if (i < len) return vm_raise(vm, vm->exc_ValueError, "Invalid format specifier");
  /* The 0 flag: zero fill unless a fill was given; numbers then pad
  ** after the sign (the formatters turn a missing align into '='). */
  if (f->zero && !fill_given) f->fill = '0';
  return true;
}

/* Insert [sep] every [every] digits from the right of digits[0..n). */
static bool add_grouped(VM *vm, StrBuf *b, const char *digits, size_t n, char sep, int every) {
  for (size_t k = 0; k < n; k++) {
    if (k > 0 && (n - k) % (size_t)every == 0 && !strbuf_addc(vm, b, sep)) return false;
    if (!strbuf_addc(vm, b, digits[k])) return false;
  }
  return true;
}

/* Pad [sign+prefix] [body] to the spec's width with its fill and
** alignment ([dflt] when none: '>' numbers, '<' strings).  [body_cps] is
** body's length in code points. */
static bool pad(VM *vm, StrBuf *out, const FormatSpec *f, const char *prefix, size_t prefix_len,
                const char *body, size_t body_len, size_t body_cps, char dflt) {
  int64_t total = (int64_t)(prefix_len + body_cps);
  int64_t padding = f->width > total ? f->width - total : 0;
  char align = f->align ? f->align : dflt;
  int64_t left = 0, right = 0;
  switch (align) {
    case '<': right = padding; break;
    case '^': left = padding / 2; right = padding - left; break;
    case '=':
    case '>':
    default: left = padding; break;
  }
  StrBuf fill;
  strbuf_init(&fill);
  if (!strbuf_add_codepoint(vm, &fill, f->fill)) { strbuf_free(&fill); return false; }
  /* Room for it all first: a huge width fails at once, as CPython's. */
  if (!strbuf_reserve_fill(vm, out, (uint64_t)padding, fill.len, prefix_len + body_len)) {
    strbuf_free(&fill);
    return false;
  }
  bool ok = true;
  if (align == '=') {
    ok = strbuf_add(vm, out, prefix, prefix_len);
    for (int64_t k = 0; ok && k < left; k++) ok = strbuf_add(vm, out, fill.chars, fill.len);
  } else {
    for (int64_t k = 0; ok && k < left; k++) ok = strbuf_add(vm, out, fill.chars, fill.len);
    ok = ok && strbuf_add(vm, out, prefix, prefix_len);
  }
  ok = ok && strbuf_add(vm, out, body, body_len);
  for (int64_t k = 0; ok && k < right; k++) ok = strbuf_add(vm, out, fill.chars, fill.len);
  strbuf_free(&fill);
  return ok;
}

static bool unknown_code(VM *vm, char type, const char *tname) {
  if ((unsigned char)type < 0x20 || (unsigned char)type >= 0x7f)
    return vm_raise(vm, vm->exc_ValueError, "Unknown format code '\\x%x' for object of type '%s'",
                    (unsigned char)type, tname);
  return vm_raise(vm, vm->exc_ValueError, "Unknown format code '%c' for object of type '%s'", type,
                  tname);
}

/* Format a str by the spec. */
static bool format_str(VM *vm, ObjStr *s, const FormatSpec *f, StrBuf *out) {
  if (f->type != 0 && f->type != 's') return unknown_code(vm, f->type, "str");
  if (f->sign)
    return vm_raise(vm, vm->exc_ValueError, "%s not allowed in string format specifier",
                    f->sign == ' ' ? "Space" : "Sign");
  if (f->alt)
    return vm_raise(vm, vm->exc_ValueError, "Alternate form (#) not allowed in string format specifier");
  if (f->align == '=')
    return vm_raise(vm, vm->exc_ValueError, "'=' alignment not allowed in string format specifier");
  if (f->grouping)
    return vm_raise(vm, vm->exc_ValueError, "Cannot specify '%c' with 's'.", f->grouping);
  size_t len = s->len, cps = s->length;
  if (f->precision >= 0 && (size_t)f->precision < cps) {
    len = str_offset(s, f->precision);
    cps = (size_t)f->precision;
  }
  return pad(vm, out, f, "", 0, s->chars, len, cps, '<');
}

static bool format_float(VM *vm, double x, const FormatSpec *fs, StrBuf *out);

/* Format an int by the spec. */
static bool format_int(VM *vm, Value val, const FormatSpec *spec, StrBuf *out, const char *tname) {
  FormatSpec f2 = *spec;
  if (f2.zero && f2.align == 0 && f2.type != 'c') f2.align = '=';
  const FormatSpec *f = &f2;
  char type = f->type;
  if (type && strchr("eEfFgG%", type)) {
    double d;
    if (!num_to_double(vm, val, &d)) return false;
    return format_float(vm, d, spec, out);
  }
  /* A big int is beyond what 'c' takes: only its sign matters below. */
  int64_t v = IS_BIGINT(val) ? (bigint_cmp(val, INT_VAL(0)) < 0 ? -1 : 0x7fffffff) : AS_INTLIKE(val);
  if (type && !strchr("dboxXcn", type)) return unknown_code(vm, type, tname);
  if (f->precision >= 0)
    return vm_raise(vm, vm->exc_ValueError, "Precision not allowed in integer format specifier");
  if (f->grouping && type && type != 'd' && !(f->grouping == '_' && strchr("boxX", type)))
    return vm_raise(vm, vm->exc_ValueError, "Cannot specify '%c' with '%c'.", f->grouping, type);
  if (type == 'c') {
    if (f->sign) return vm_raise(vm, vm->exc_ValueError, "Sign not allowed with integer format specifier 'c'");
    if (v < 0 || v > 0x10ffff) return vm_raise(vm, vm->exc_OverflowError, "%%c arg not in range(0x110000)");
    StrBuf c;
    strbuf_init(&c);
    if (!strbuf_add_codepoint(vm, &c, (uint32_t)v)) { strbuf_free(&c); return false; }
    bool ok = pad(vm, out, f, "", 0, c.chars, c.len, 1, '>');
    strbuf_free(&c);
    return ok;
  }
  int base = type == 'b' ? 2 : type == 'o' ? 8 : (type == 'x' || type == 'X') ? 16 : 10;
  char small[80], *digits = small;
  int n = 0;
  if (IS_BIGINT(val)) {
    /* GMP's digits (malloc'd); decimal obeys the 4300-digit limit. */
    bool neg;
    if (base == 10) {
      StrBuf t;
      strbuf_init(&t);
      bool ok = bigint_add_decimal(vm, &t, val);
      strbuf_free(&t);
      if (!ok) return false;
    }
    digits = bigint_digits(vm, val, base, &neg);
    if (digits == NULL) return vm_raise_memory(vm);
    n = (int)strlen(digits);
    if (type == 'X') for (int i = 0; i < n; i++) digits[i] = (char)toupper((unsigned char)digits[i]);
  } else {
    uint64_t m = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    const char *alphabet = type == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
    do { digits[n++] = alphabet[m % (uint64_t)base]; m /= (uint64_t)base; } while (m);
    /* Reverse into place. */
    for (int i = 0; i < n / 2; i++) { char t = digits[i]; digits[i] = digits[n - 1 - i]; digits[n - 1 - i] = t; }
  }
  char prefix[8];
  size_t pl = 0;
  if (v < 0) prefix[pl++] = '-';
  else if (f->sign == '+') prefix[pl++] = '+';
  else if (f->sign == ' ') prefix[pl++] = ' ';
  if (f->alt && base != 10) {
    prefix[pl++] = '0';
    prefix[pl++] = type == 'b' ? 'b' : type == 'o' ? 'o' : type == 'X' ? 'X' : 'x';
  }
  int every = base == 10 ? 3 : 4;
  StrBuf body;
  strbuf_init(&body);
  bool ok;
  if (f->grouping && f->align == '=' && f->fill == '0' && f->width > 0) {
    /* Zero padding takes part in the grouping: 0,001,234. */
    int zn = n;
    while ((int64_t)pl + zn + (zn - 1) / every < f->width) zn++;
    char *zd = malloc((size_t)zn + 1);
    ok = zd != NULL;
    if (ok) {
      memset(zd, '0', (size_t)(zn - n));
      memcpy(zd + (zn - n), digits, (size_t)n);
      ok = add_grouped(vm, &body, zd, (size_t)zn, f->grouping, every);
      free(zd);
    } else {
      vm_raise_memory(vm);
    }
  } else if (f->grouping) {
    ok = add_grouped(vm, &body, digits, (size_t)n, f->grouping, every);
  } else {
    ok = strbuf_add(vm, &body, digits, (size_t)n);
  }
  ok = ok && pad(vm, out, f, prefix, pl, body.chars ? body.chars : "", body.len, body.len, '>');
  strbuf_free(&body);
  if (digits != small) free(digits);
  return ok;
}

/* Format a float by the spec. */
static bool format_float(VM *vm, double x, const FormatSpec *spec, StrBuf *out) {
  FormatSpec f2 = *spec;
  if (f2.zero && f2.align == 0) f2.align = '=';
  const FormatSpec *fs = &f2;
  char type = fs->type;
  if (type && !strchr("eEfFgGn%", type)) return unknown_code(vm, type, "float");
  int64_t prec = fs->precision;
  char buf[512];
  bool neg = signbit(x) && !isnan(x);
  double a = fabs(x);
  if (fs->z && neg) {
    /* 'z': a value that rounds to zero loses its sign; decide after rounding. */
  }
  if (prec > 400) prec = 400;
  if (type == 0 && prec < 0) {
    num_float_repr(a, buf, sizeof buf);
    char *e = strchr(buf, 'e');
    if (fs->alt && e != NULL && memchr(buf, '.', (size_t)(e - buf)) == NULL) {
      /* '#' keeps a decimal point: 1.e+20. */
      memmove(e + 1, e, strlen(e) + 1);
      *e = '.';
    }
  } else if (type == 0 || type == 'n' || type == 'g' || type == 'G') {
    int p = prec < 0 ? 6 : prec == 0 ? 1 : (int)prec;
    snprintf(buf, sizeof buf, fs->alt ? "%#.*g" : "%.*g", p, a);
    if (type == 'G') for (char *q = buf; *q; q++) *q = (char)toupper((unsigned char)*q);
    if (type == 0 && isfinite(a) && !strchr(buf, '.') && !strchr(buf, 'e')) strcat(buf, ".0");
    if (type == 0 && isfinite(a) && strchr(buf, 'e') && strchr(buf, '.') == NULL && fs->alt) {
      /* nothing: %#g keeps the point */
    }
  } else if (type == 'e' || type == 'E') {
    snprintf(buf, sizeof buf, fs->alt ? (type == 'e' ? "%#.*e" : "%#.*E") : (type == 'e' ? "%.*e" : "%.*E"),
             prec < 0 ? 6 : (int)prec, a);
  } else if (type == 'f' || type == 'F') {
    snprintf(buf, sizeof buf, fs->alt ? (type == 'f' ? "%#.*f" : "%#.*F") : (type == 'f' ? "%.*f" : "%.*F"),
             prec < 0 ? 6 : (int)prec, a);
  } else {
    /* '%': times 100, fixed, then a percent sign. */
    snprintf(buf, sizeof buf, fs->alt ? "%#.*f%%" : "%.*f%%", prec < 0 ? 6 : (int)prec, a * 100.0);
    if (isinf(a)) snprintf(buf, sizeof buf, "inf%%");
    if (isnan(a)) snprintf(buf, sizeof buf, "nan%%");
  }
  if (fs->z && neg) {
    /* Drop the sign when every digit is zero. */
    bool allzero = true;
    for (char *q = buf; *q && *q != 'e' && *q != 'E'; q++)
      if (*q >= '1' && *q <= '9') allzero = false;
    if (allzero) neg = false;
  }
  char prefix[4];
  size_t pl = 0;
  if (neg) prefix[pl++] = '-';
  else if (fs->sign == '+') prefix[pl++] = '+';
  else if (fs->sign == ' ') prefix[pl++] = ' ';
  StrBuf body;
  strbuf_init(&body);
  bool ok = true;
  size_t blen = strlen(buf);
  if (fs->grouping && isfinite(a)) {
    /* Group the integer part only. */
    size_t intlen = 0;
    while (intlen < blen && isdigit((unsigned char)buf[intlen])) intlen++;
    if (fs->align == '=' && fs->fill == '0' && fs->width > 0) {
      char zd[600];
      size_t zn = intlen;
      memcpy(zd, buf, intlen);
      for (;;) {
        int64_t glen = (int64_t)(zn + (zn - 1) / 3 + (blen - intlen));
        if ((int64_t)pl + glen >= fs->width || zn >= sizeof zd - 1) break;
        memmove(zd + 1, zd, zn);
        zd[0] = '0';
        zn++;
      }
      ok = add_grouped(vm, &body, zd, zn, fs->grouping, 3);
    } else {
      ok = add_grouped(vm, &body, buf, intlen, fs->grouping, 3);
    }
    ok = ok && strbuf_add(vm, &body, buf + intlen, blen - intlen);
  } else {
    ok = strbuf_add(vm, &body, buf, blen);
  }
  ok = ok && pad(vm, out, fs, prefix, pl, body.chars ? body.chars : "", body.len, body.len, '>');
  strbuf_free(&body);
  return ok;
}

bool num_format_with(VM *vm, Value v, const FormatSpec *f, StrBuf *out) {
  if (IS_STR(v)) return format_str(vm, AS_STR(v), f, out);
  if (IS_FLOAT(v)) return format_float(vm, AS_FLOAT(v), f, out);
  if (IS_ANYINT(v)) return format_int(vm, v, f, out, IS_BOOL(v) ? "bool" : "int");
  return vm_raise(vm, vm->exc_TypeError, "unsupported format string passed to %s.__format__",
                  value_type_name(vm, v));
}

bool num_format(VM *vm, Value v, const char *spec, size_t spec_len, ObjStr **out) {
  FormatSpec f;
  if (!num_spec_parse(vm, spec, spec_len, &f)) return false;
  StrBuf b;
  strbuf_init(&b);
  if (!num_format_with(vm, v, &f, &b)) { strbuf_free(&b); return false; }
  return (*out = strbuf_finish(vm, &b)) != NULL;
}

/* }====================================================== */

/* {====================================================== constructors, methods */

/* float -> int as int(): truncation; OverflowError / ValueError for inf / nan. */
bool num_float_to_int(VM *vm, double d, Value *out) {
  if (isinf(d)) return vm_raise(vm, vm->exc_OverflowError, "cannot convert float infinity to integer");
  if (isnan(d)) return vm_raise(vm, vm->exc_ValueError, "cannot convert float NaN to integer");
  double t = trunc(d);
  if (t >= 9223372036854775808.0 || t < -9223372036854775808.0)
    return bigint_from_double(vm, t, out);
  *out = INT_VAL((int64_t)t);
  return true;
}

/* int.__new__(cls, x=0, base=10) */
static bool int_m_new(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  static const char *const kw[] = {"base", NULL};
  if (!kwargs_check(vm, "int", kwargs, kw)) return false;
  Value base_v = UNDEF_VAL;
  if (argc > 2) base_v = args[2];
  else kwarg_get(vm, kwargs, "base", &base_v);
  if (argc > 3) return vm_raise(vm, vm->exc_TypeError, "int() takes at most 2 arguments (%d given)", argc - 1);
  if (argc < 2) {
    if (!IS_UNDEF(base_v)) return vm_raise(vm, vm->exc_TypeError, "int() missing string argument");
    *out = INT_VAL(0);
    return true;
  }
  Value x = args[1];
  if (!IS_UNDEF(base_v)) {
    int64_t base;
    if (!arg_int(vm, base_v, &base)) return false;
    if ((base < 2 || base > 36) && base != 0)
      return vm_raise(vm, vm->exc_ValueError, "int() base must be >= 2 and <= 36, or 0");
    if (!IS_STR(x))
      return vm_raise(vm, vm->exc_TypeError, "int() can't convert non-string with explicit base");
    return num_parse_int(vm, AS_STR(x)->chars, AS_STR(x)->len, (int)base, out);
  }
  if (IS_INTLIKE(x)) { *out = INT_VAL(AS_INTLIKE(x)); return true; }
  if (IS_BIGINT(x)) { *out = x; return true; }
  if (IS_FLOAT(x)) return num_float_to_int(vm, AS_FLOAT(x), out);
  if (IS_STR(x)) return num_parse_int(vm, AS_STR(x)->chars, AS_STR(x)->len, 10, out);
  static const char *const hooks[] = {"__int__", "__index__", "__trunc__"};
  for (int i = 0; i < 3; i++) {
    int called = ops_call_dunder(vm, x, hooks[i], 0, NULL, out);
    if (called < 0) return false;
    if (called) {
      if (IS_BIGINT(*out)) return true;
      if (!IS_INTLIKE(*out))
        return vm_raise(vm, vm->exc_TypeError, "%s returned non-int (type %s)", hooks[i],
                        value_type_name(vm, *out));
      *out = INT_VAL(AS_INTLIKE(*out));
      return true;
    }
  }
  return vm_raise(vm, vm->exc_TypeError,
                  "int() argument must be a string, a bytes-like object or a real number, not '%s'",
                  value_type_name(vm, x));
}

/* float.__new__(cls, x=0.0) */
static bool float_m_new(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  if (!args_check(vm, "float", argc - 1, kwargs, 0, 1)) return false;
  if (argc < 2) { *out = FLOAT_VAL(0.0); return true; }
  Value x = args[1];
  if (IS_FLOAT(x)) { *out = x; return true; }
  if (IS_INTLIKE(x)) { *out = FLOAT_VAL((double)AS_INTLIKE(x)); return true; }
  if (IS_BIGINT(x)) {
    double d;
    if (!bigint_to_double(vm, x, &d)) return false;
    *out = FLOAT_VAL(d);
    return true;
  }
  if (IS_STR(x)) return num_parse_float(vm, AS_STR(x)->chars, AS_STR(x)->len, out);
  int called = ops_call_dunder(vm, x, "__float__", 0, NULL, out);
  if (called < 0) return false;
  if (called) {
    if (!IS_FLOAT(*out))
      return vm_raise(vm, vm->exc_TypeError, "%s.__float__ returned non-float (type %s)",
                      value_type_name(vm, x), value_type_name(vm, *out));
    return true;
  }
  called = ops_call_dunder(vm, x, "__index__", 0, NULL, out);
  if (called < 0) return false;
  if (called && IS_INTLIKE(*out)) { *out = FLOAT_VAL((double)AS_INTLIKE(*out)); return true; }
  return vm_raise(vm, vm->exc_TypeError, "float() argument must be a string or a real number, not '%s'",
                  value_type_name(vm, x));
}

/* bool.__new__(cls, x=False) */
static bool bool_m_new(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  if (!args_check(vm, "bool", argc - 1, kwargs, 0, 1)) return false;
  if (argc < 2) { *out = BOOL_VAL(false); return true; }
  int t = value_truthy(vm, args[1]);
  if (t < 0) return false;
  *out = BOOL_VAL(t);
  return true;
}

/* The receiver of an int method as an int64. */
static bool self_int(VM *vm, Value v, const char *m, int64_t *out) {
  *out = 0;
  if (!IS_INTLIKE(v))
    return vm_raise(vm, vm->exc_TypeError, "descriptor '%s' requires a 'int' object but received a '%s'",
                    m, value_type_name(vm, v));
  *out = AS_INTLIKE(v);
  return true;
}

static bool int_m_bit_length(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  int64_t v;
  if (IS_BIGINT(args[0])) { *out = INT_VAL(bigint_bit_length(AS_BIGINT(args[0]))); return true; }
  if (!self_int(vm, args[0], "bit_length", &v)) return false;
  uint64_t m = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
  *out = INT_VAL(m == 0 ? 0 : 64 - __builtin_clzll(m));
  return true;
}

static bool int_m_bit_count(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  int64_t v;
  if (IS_BIGINT(args[0])) { *out = INT_VAL(bigint_bit_count(AS_BIGINT(args[0]))); return true; }
  if (!self_int(vm, args[0], "bit_count", &v)) return false;
  uint64_t m = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
  *out = INT_VAL(__builtin_popcountll(m));
  return true;
}

static bool int_m_format(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  if (!args_check_method(vm, "__format__", argc, kwargs, 1, 1)) return false;
  ObjStr *spec, *r;
  if (!arg_str(vm, args[1], "__format__", 1, &spec)) return false;
  if (!value_format(vm, args[0], 0, spec, &r)) return false;
  *out = OBJ_VAL(r);
  return true;
}

static bool float_m_is_integer(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  if (!IS_FLOAT(args[0]))
    return vm_raise(vm, vm->exc_TypeError, "descriptor 'is_integer' requires a 'float' object");
  double d = AS_FLOAT(args[0]);
  *out = BOOL_VAL(isfinite(d) && d == floor(d));
  return true;
}

static bool float_m_as_integer_ratio(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs,
                                     Value *out) {
  double d = AS_FLOAT(args[0]);
  if (isinf(d)) return vm_raise(vm, vm->exc_OverflowError, "cannot convert Infinity to integer ratio");
  if (isnan(d)) return vm_raise(vm, vm->exc_ValueError, "cannot convert NaN to integer ratio");
  int e;
  double m = frexp(d, &e);
  for (int i = 0; i < 300 && m != floor(m); i++) { m *= 2.0; e--; }
  /* m is now an integer of at most 53 bits: d = m * 2**e exactly. */
  Value num = INT_VAL((int64_t)m), den = INT_VAL(1);
  if (e > 0 && !value_binary_op(vm, NB_LSHIFT, num, INT_VAL(e), &num)) return false;
  if (e < 0 && !value_binary_op(vm, NB_LSHIFT, den, INT_VAL(-e), &den)) return false;
  ObjTuple *t = tuple_new(vm, 2);
  if (t == NULL) return false;
  t->items[0] = num;
  t->items[1] = den;
  *out = OBJ_VAL(t);
  return true;
}

/* real / imag / numerator / denominator getters. */
static bool num_get_real(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  *out = IS_BOOL(args[0]) ? INT_VAL(AS_BOOL(args[0])) : args[0];
  return true;
}
static bool num_get_imag(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  *out = IS_FLOAT(args[0]) ? FLOAT_VAL(0.0) : INT_VAL(0);
  return true;
}
static bool int_get_denominator(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  *out = INT_VAL(1);
  return true;
}

bool num_init_methods(VM *vm) {
  ObjDict *d = vm->t_int->dict;
  define_native(vm, d, "__new__", int_m_new);
  define_native(vm, d, "bit_length", int_m_bit_length);
  define_native(vm, d, "bit_count", int_m_bit_count);
  define_native(vm, d, "__format__", int_m_format);
  define_getter(vm, d, "real", num_get_real);
  define_getter(vm, d, "imag", num_get_imag);
  define_getter(vm, d, "numerator", num_get_real);
  define_getter(vm, d, "denominator", int_get_denominator);
  d = vm->t_float->dict;
  define_native(vm, d, "__new__", float_m_new);
  define_native(vm, d, "is_integer", float_m_is_integer);
  define_native(vm, d, "as_integer_ratio", float_m_as_integer_ratio);
  define_native(vm, d, "__format__", int_m_format);
  define_getter(vm, d, "real", num_get_real);
  define_getter(vm, d, "imag", num_get_imag);
  define_native(vm, vm->t_bool->dict, "__new__", bool_m_new);
  return true;
}

/* }====================================================== */
