/*
** str.c -- the str type: repr, indexing helpers over UTF-8, the methods
** (split, join, strip, find, format ...), str.format and the %-operator.
**
** A str holds UTF-8; indices are code points.  ASCII strs (len == length)
** take byte-indexed fast paths.  Case mapping and classification follow
** CPython's Unicode database, generated into runtime/unicode_db.[ch] by
** tools/gen_unicode.py, with CPython's algorithms (Objects/unicodeobject.c).
*/
#include "runtime/builtins.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/unicode_db.h"

/* {====================================================== UTF-8 helpers */

uint32_t str_decode(const char *s, size_t *pos) {
  const unsigned char *p = (const unsigned char *)s + *pos;
  uint32_t c = p[0];
  size_t n = 1;
  if (c >= 0xF0 && (p[1] & 0xC0) == 0x80) {
    c = ((c & 0x07u) << 18) | ((p[1] & 0x3Fu) << 12) | ((p[2] & 0x3Fu) << 6) | (p[3] & 0x3Fu);
    n = 4;
  } else if (c >= 0xE0 && (p[1] & 0xC0) == 0x80) {
    c = ((c & 0x0Fu) << 12) | ((p[1] & 0x3Fu) << 6) | (p[2] & 0x3Fu);
    n = 3;
  } else if (c >= 0xC0 && (p[1] & 0xC0) == 0x80) {
    c = ((c & 0x1Fu) << 6) | (p[1] & 0x3Fu);
    n = 2;
  }
  *pos += n;
  return c;
}

size_t str_offset(ObjStr *s, int64_t i) {
  if (s->len == s->length) return (size_t)i;
  size_t pos = 0;
  for (int64_t k = 0; k < i && pos < s->len; k++) str_decode(s->chars, &pos);
  return pos;
}

/* The code point index of byte offset [off] of [s]. */
static int64_t cp_index(ObjStr *s, size_t off) {
  if (s->len == s->length) return (int64_t)off;
  int64_t n = 0;
  for (size_t i = 0; i < off; i++)
    if (((unsigned char)s->chars[i] & 0xC0) != 0x80) n++;
  return n;
}

ObjStr *str_char_at(VM *vm, ObjStr *s, int64_t i) {
  size_t start = str_offset(s, i), end = start;
  str_decode(s->chars, &end);
  return str_new(vm, s->chars + start, end - start);
}

ObjStr *str_slice(VM *vm, ObjStr *s, int64_t start, int64_t stop, int64_t step, int64_t n) {
  if (step == 1) {
    if (n <= 0) return vm->s_empty;
    if (n == (int64_t)s->length) return s;
    size_t a = str_offset(s, start), b = str_offset(s, stop);
    return str_new(vm, s->chars + a, b - a);
  }
  StrBuf b;
  strbuf_init(&b);
  for (int64_t k = 0, i = start; k < n; k++, i += step) {
    size_t a = str_offset(s, i), e = a;
    str_decode(s->chars, &e);
    if (!strbuf_add(vm, &b, s->chars + a, e - a)) { strbuf_free(&b); return NULL; }
  }
  return strbuf_finish(vm, &b);
}

int str_compare(ObjStr *a, ObjStr *b) {
  size_t n = a->len < b->len ? a->len : b->len;
  int c = memcmp(a->chars, b->chars, n);
  if (c != 0) return c < 0 ? -1 : 1;
  return a->len < b->len ? -1 : a->len > b->len;
}

/* Does repr show the non-ASCII [cp] as it is (str.isprintable's rule)? */
static bool printable(uint32_t cp) { return unicode_db_is(cp, UNICODE_DB_PRINTABLE); }

bool str_repr_buf(VM *vm, StrBuf *b, ObjStr *s, bool ascii) {
  bool has_single = memchr(s->chars, '\'', s->len) != NULL;
  bool has_double = memchr(s->chars, '"', s->len) != NULL;
  char q = has_single && !has_double ? '"' : '\'';
  if (!strbuf_addc(vm, b, q)) return false;
  size_t pos = 0;
  while (pos < s->len) {
    uint32_t c = str_decode(s->chars, &pos);
    bool ok;
    if (c == (uint32_t)q || c == '\\') ok = strbuf_addc(vm, b, '\\') && strbuf_addc(vm, b, (char)c);
    else if (c == '\n') ok = strbuf_add(vm, b, "\\n", 2);
    else if (c == '\t') ok = strbuf_add(vm, b, "\\t", 2);
    else if (c == '\r') ok = strbuf_add(vm, b, "\\r", 2);
    else if (c < 0x80 && c >= 0x20 && c != 0x7f) ok = strbuf_addc(vm, b, (char)c);
    else if (!ascii && c >= 0x80 && printable(c)) ok = strbuf_add_codepoint(vm, b, c);
    else if (c < 0x100) ok = strbuf_printf(vm, b, "\\x%02x", c);
    else if (c < 0x10000) ok = strbuf_printf(vm, b, "\\u%04x", c);
    else ok = strbuf_printf(vm, b, "\\U%08x", c);
    if (!ok) return false;
  }
  return strbuf_addc(vm, b, q);
}

/* }====================================================== */

/* {====================================================== argument helpers */

/* The receiver as a str (methods are reachable as str.m(x) too). */
static bool self_str(VM *vm, Value v, const char *m, ObjStr **out) {
  *out = NULL;
  if (!IS_STR(v))
    return vm_raise(vm, vm->exc_TypeError, "descriptor '%s' for 'str' objects doesn't apply to a '%s' object",
                    m, value_type_name(vm, v));
  *out = AS_STR(v);
  return true;
}

/* Optional [start, end] code point arguments at args[i], args[i+1]
** resolved against a length as slices are. */
static bool range_args(VM *vm, int argc, Value *args, int i, int64_t len, int64_t *start,
                       int64_t *end) {
  *start = 0;
  *end = len;
  if (argc > i && !arg_index(vm, args[i], 0, start)) return false;
  if (argc > i + 1 && !arg_index(vm, args[i + 1], len, end)) return false;
  if (*start < 0) { *start += len; if (*start < 0) *start = 0; }
  if (*end < 0) { *end += len; if (*end < 0) *end = 0; }
  if (*end > len) *end = len;
  return true;
}

static ObjStr *mkstr(VM *vm, const char *s, size_t n) { return str_new(vm, s, n); }

static bool ret_str(ObjStr *s, Value *out) {
  if (s == NULL) return false;
  *out = OBJ_VAL(s);
  return true;
}

static bool ret_buf(VM *vm, StrBuf *b, Value *out) { return ret_str(strbuf_finish(vm, b), out); }

/* }====================================================== */

/* {====================================================== construction */

/* str.__new__(cls, object='') */
static bool str_m_new(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  static const char *const kw[] = {"object", "encoding", "errors", NULL};
  if (!kwargs_check(vm, "str", kwargs, kw)) return false;
  Value x = UNDEF_VAL;
  if (argc > 1) x = args[1];
  else kwarg_get(vm, kwargs, "object", &x);
  if (argc > 2 && !IS_STR(args[2]))
    return vm_raise(vm, vm->exc_TypeError, "str() argument 'encoding' must be str, not %s",
                    value_type_name(vm, args[2]));
  if (argc > 4) return vm_raise(vm, vm->exc_TypeError, "str() takes at most 3 arguments (%d given)", argc - 1);
  if (IS_UNDEF(x)) { *out = OBJ_VAL(vm->s_empty); return true; }
  ObjStr *s;
  if (!value_str(vm, x, &s)) return false;
  *out = OBJ_VAL(s);
  return true;
}

/* }====================================================== */

/* {====================================================== searching */

/* Find [n] in [h] between code points [start, end): the code point index
** or -1; [reverse] finds the last. */
static int64_t find_in(ObjStr *h, ObjStr *n, int64_t start, int64_t end, bool reverse) {
  if (start > end || end - start < (int64_t)n->length) return -1;
  size_t a = str_offset(h, start), b = str_offset(h, end);
  if (n->len == 0) return reverse ? end : start;
  const char *p = NULL;
  if (!reverse) {
    p = memmem(h->chars + a, b - a, n->chars, n->len);
  } else {
    for (size_t i = b - n->len + 1; i-- > a;)
      if (memcmp(h->chars + i, n->chars, n->len) == 0) { p = h->chars + i; break; }
  }
  if (p == NULL) return -1;
  return cp_index(h, (size_t)(p - h->chars));
}

static bool find_common(VM *vm, int argc, Value *args, ObjDict *kwargs, const char *name,
                        bool reverse, bool raise, Value *out) {
  ObjStr *s, *sub;
  if (!self_str(vm, args[0], name, &s)) return false;
  if (!args_check_method(vm, name, argc, kwargs, 1, 3)) return false;
  if (!IS_STR(args[1]))
    return vm_raise(vm, vm->exc_TypeError, "must be str, not %s", value_type_name(vm, args[1]));
  sub = AS_STR(args[1]);
  int64_t start, end;
  if (!range_args(vm, argc, args, 2, (int64_t)s->length, &start, &end)) return false;
  int64_t r = find_in(s, sub, start, end, reverse);
  if (r < 0 && raise) return vm_raise(vm, vm->exc_ValueError, "substring not found");
  *out = INT_VAL(r);
  return true;
}

static bool str_m_find(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  return find_common(vm, argc, args, kwargs, "find", false, false, out);
}
static bool str_m_rfind(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  return find_common(vm, argc, args, kwargs, "rfind", true, false, out);
}
static bool str_m_index(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  return find_common(vm, argc, args, kwargs, "index", false, true, out);
}
static bool str_m_rindex(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  return find_common(vm, argc, args, kwargs, "rindex", true, true, out);
}

static bool str_m_count(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  ObjStr *s;
  if (!self_str(vm, args[0], "count", &s)) return false;
  if (!args_check_method(vm, "count", argc, kwargs, 1, 3)) return false;
  if (!IS_STR(args[1]))
    return vm_raise(vm, vm->exc_TypeError, "must be str, not %s", value_type_name(vm, args[1]));
  ObjStr *sub = AS_STR(args[1]);
  int64_t start, end;
  if (!range_args(vm, argc, args, 2, (int64_t)s->length, &start, &end)) return false;
  if (start > end) { *out = INT_VAL(0); return true; }
  if (sub->len == 0) { *out = INT_VAL(end - start + 1); return true; }
  size_t a = str_offset(s, start), b = str_offset(s, end);
  int64_t n = 0;
  const char *p = s->chars + a, *stop = s->chars + b;
  while ((size_t)(stop - p) >= sub->len) {
    const char *q = memmem(p, (size_t)(stop - p), sub->chars, sub->len);
    if (q == NULL) break;
    n++;
    p = q + sub->len;
  }
  *out = INT_VAL(n);
  return true;
}

/* startswith / endswith with a str or a tuple of strs. */
static bool affix(VM *vm, int argc, Value *args, ObjDict *kwargs, bool end_side, Value *out) {
  const char *name = end_side ? "endswith" : "startswith";
  ObjStr *s;
  if (!self_str(vm, args[0], name, &s)) return false;
  if (!args_check_method(vm, name, argc, kwargs, 1, 3)) return false;
  int64_t start, end;
  if (!range_args(vm, argc, args, 2, (int64_t)s->length, &start, &end)) return false;
  Value *cands = &args[1];
  size_t nc = 1;
  if (IS_TUPLE(args[1])) { cands = AS_TUPLE(args[1])->items; nc = AS_TUPLE(args[1])->count; }
  else if (!IS_STR(args[1]))
    return vm_raise(vm, vm->exc_TypeError, "%s first arg must be str or a tuple of str, not %s", name,
                    value_type_name(vm, args[1]));
  size_t a = str_offset(s, start), b = start <= end ? str_offset(s, end) : a;
  for (size_t i = 0; i < nc; i++) {
    if (!IS_STR(cands[i]))
      return vm_raise(vm, vm->exc_TypeError, "tuple for %s must only contain str, not %s", name,
                      value_type_name(vm, cands[i]));
    ObjStr *p = AS_STR(cands[i]);
    if (start > end) continue;
    if (p->len > b - a) continue;
    const char *at = end_side ? s->chars + b - p->len : s->chars + a;
    if (memcmp(at, p->chars, p->len) == 0) { *out = BOOL_VAL(true); return true; }
  }
  *out = BOOL_VAL(false);
  return true;
}

static bool str_m_startswith(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  return affix(vm, argc, args, kwargs, false, out);
}
static bool str_m_endswith(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  return affix(vm, argc, args, kwargs, true, out);
}

/* }====================================================== */

/* {====================================================== splitting, joining */

/* Is [c] whitespace for split / strip / isspace (Py_UNICODE_ISSPACE)? */
static bool is_ws(uint32_t c) {
  if (c < 0x80) return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f);
  return unicode_db_is(c, UNICODE_DB_SPACE);
}

/* The code point that ends just before byte [*pos] of [s] (*pos > 0);
** *pos moves back to its first byte. */
static uint32_t decode_prev(const char *s, size_t *pos) {
  size_t p = *pos - 1;
  while (p > 0 && ((unsigned char)s[p] & 0xC0) == 0x80) p--;
  *pos = p;
  return str_decode(s, &p);
}

static bool push_piece(VM *vm, ObjList *l, const char *s, size_t n) {
  ObjStr *p = mkstr(vm, s, n);
  return p != NULL && list_append(vm, l, OBJ_VAL(p));
}

/* sep and maxsplit of split / rsplit (positional or keyword). */
static bool split_args(VM *vm, const char *name, int argc, Value *args, ObjDict *kwargs, Value *sep,
                       int64_t *maxsplit) {
  static const char *const kw[] = {"sep", "maxsplit", NULL};
  if (!kwargs_check(vm, name, kwargs, kw)) return false;
  if (argc > 3)
    return vm_raise(vm, vm->exc_TypeError, "%s() takes at most 2 arguments (%d given)", name, argc - 1);
  *sep = argc > 1 ? args[1] : NONE_VAL;
  Value m = argc > 2 ? args[2] : INT_VAL(-1);
  kwarg_get(vm, kwargs, "sep", sep);
  kwarg_get(vm, kwargs, "maxsplit", &m);
  if (!arg_int(vm, m, maxsplit)) return false;
  if (!IS_NONE(*sep) && !IS_STR(*sep))
    return vm_raise(vm, vm->exc_TypeError, "must be str or None, not %s", value_type_name(vm, *sep));
  if (IS_STR(*sep) && AS_STR(*sep)->len == 0) return vm_raise(vm, vm->exc_ValueError, "empty separator");
  return true;
}

static bool str_m_split(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  ObjStr *s;
  if (!self_str(vm, args[0], "split", &s)) return false;
  Value sep;
  int64_t maxsplit;
  if (!split_args(vm, "split", argc, args, kwargs, &sep, &maxsplit)) return false;
  ObjList *l = list_new(vm, 0);
  if (l == NULL) return false;
  const char *c = s->chars;
  size_t n = s->len;
  if (IS_NONE(sep)) {
    size_t i = 0;
    int64_t splits = 0;
    for (;;) {
      /* Skip whitespace, then take a word. */
      size_t p = i;
      while (p < n) { size_t q = p; if (!is_ws(str_decode(c, &q))) break; p = q; }
      i = p;
      if (i >= n) break;
      if (maxsplit >= 0 && splits >= maxsplit) {
        /* The rest, trailing whitespace included (as CPython). */
        if (!push_piece(vm, l, c + i, n - i)) return false;
        break;
      }
      size_t start = i;
      while (i < n) { size_t q = i; if (is_ws(str_decode(c, &q))) break; i = q; }
      if (!push_piece(vm, l, c + start, i - start)) return false;
      splits++;
    }
  } else {
    ObjStr *sp = AS_STR(sep);
    size_t i = 0;
    int64_t splits = 0;
    for (;;) {
      const char *q = (maxsplit < 0 || splits < maxsplit) ? memmem(c + i, n - i, sp->chars, sp->len) : NULL;
      if (q == NULL) {
        if (!push_piece(vm, l, c + i, n - i)) return false;
        break;
      }
      if (!push_piece(vm, l, c + i, (size_t)(q - (c + i)))) return false;
      i = (size_t)(q - c) + sp->len;
      splits++;
    }
  }
  *out = OBJ_VAL(l);
  return true;
}

/* Reverse a list in place. */
static void reverse_list(ObjList *l) {
  for (size_t i = 0, j = l->count ? l->count - 1 : 0; i < j; i++, j--) {
    Value t = l->items[i];
    l->items[i] = l->items[j];
    l->items[j] = t;
  }
}

static bool str_m_rsplit(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  ObjStr *s;
  if (!self_str(vm, args[0], "rsplit", &s)) return false;
  Value sep;
  int64_t maxsplit;
  if (!split_args(vm, "rsplit", argc, args, kwargs, &sep, &maxsplit)) return false;
  if (maxsplit < 0) return str_m_split(vm, self, argc, args, kwargs, out);
  ObjList *l = list_new(vm, 0);
  if (l == NULL) return false;
  const char *c = s->chars;
  size_t end = s->len;
  int64_t splits = 0;
  if (IS_NONE(sep)) {
    for (;;) {
      while (end > 0) { size_t q = end; if (!is_ws(decode_prev(c, &q))) break; end = q; }
      if (end == 0) break;
      if (splits >= maxsplit) {
        if (!push_piece(vm, l, c, end)) return false;
        break;
      }
      size_t start = end;
      while (start > 0) { size_t q = start; if (is_ws(decode_prev(c, &q))) break; start = q; }
      if (!push_piece(vm, l, c + start, end - start)) return false;
      end = start;
      splits++;
    }
  } else {
    ObjStr *sp = AS_STR(sep);
    for (;;) {
      const char *q = NULL;
      if (splits < maxsplit && end >= sp->len)
        for (size_t i = end - sp->len + 1; i-- > 0;)
          if (memcmp(c + i, sp->chars, sp->len) == 0) { q = c + i; break; }
      if (q == NULL) {
        if (!push_piece(vm, l, c, end)) return false;
        break;
      }
      size_t after = (size_t)(q - c) + sp->len;
      if (!push_piece(vm, l, c + after, end - after)) return false;
      end = (size_t)(q - c);
      splits++;
    }
  }
  reverse_list(l);
  *out = OBJ_VAL(l);
  return true;
}

static bool str_m_splitlines(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  ObjStr *s;
  if (!self_str(vm, args[0], "splitlines", &s)) return false;
  static const char *const kw[] = {"keepends", NULL};
  if (!kwargs_check(vm, "splitlines", kwargs, kw)) return false;
  Value kv = argc > 1 ? args[1] : BOOL_VAL(false);
  kwarg_get(vm, kwargs, "keepends", &kv);
  int keep = value_truthy(vm, kv);
  if (keep < 0) return false;
  ObjList *l = list_new(vm, 0);
  if (l == NULL) return false;
  size_t i = 0, start = 0;
  while (i < s->len) {
    size_t p = i;
    uint32_t c = str_decode(s->chars, &p);
    bool brk = c < 0x80 ? c == '\n' || c == '\r' || c == 0x0b || c == 0x0c || (c >= 0x1c && c <= 0x1e)
                        : unicode_db_is(c, UNICODE_DB_LINEBREAK);
    if (!brk) { i = p; continue; }
    size_t eol = p;
    if (c == '\r' && eol < s->len && s->chars[eol] == '\n') eol++;
    if (!push_piece(vm, l, s->chars + start, (keep ? eol : i) - start)) return false;
    i = start = eol;
  }
  if (start < s->len && !push_piece(vm, l, s->chars + start, s->len - start)) return false;
  *out = OBJ_VAL(l);
  return true;
}

static bool str_m_join(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  ObjStr *s;
  if (!self_str(vm, args[0], "join", &s)) return false;
  if (!args_check_method(vm, "join", argc, kwargs, 1, 1)) return false;
  ObjList *items = list_from_iter(vm, args[1]);
  if (items == NULL) {
    if (vm_exception_matches(vm, vm->exc_TypeError) && !IS_OBJ(args[1])) {
      vm_take_exception(vm);
      return vm_raise(vm, vm->exc_TypeError, "can only join an iterable");
    }
    return false;
  }
  StrBuf b;
  strbuf_init(&b);
  for (size_t i = 0; i < items->count; i++) {
    Value v = items->items[i];
    if (!IS_STR(v)) {
      strbuf_free(&b);
      return vm_raise(vm, vm->exc_TypeError, "sequence item %zu: expected str instance, %s found", i,
                      value_type_name(vm, v));
    }
    if ((i > 0 && !strbuf_add(vm, &b, s->chars, s->len)) ||
        !strbuf_add(vm, &b, AS_STR(v)->chars, AS_STR(v)->len)) {
      strbuf_free(&b);
      return false;
    }
  }
  if (items->count == 1 && IS_STR(items->items[0])) {
    strbuf_free(&b);
    *out = items->items[0];
    return true;
  }
  return ret_buf(vm, &b, out);
}

/* partition / rpartition */
static bool partition(VM *vm, int argc, Value *args, ObjDict *kwargs, bool reverse, Value *out) {
  const char *name = reverse ? "rpartition" : "partition";
  ObjStr *s;
  if (!self_str(vm, args[0], name, &s)) return false;
  if (!args_check_method(vm, name, argc, kwargs, 1, 1)) return false;
  if (!IS_STR(args[1]))
    return vm_raise(vm, vm->exc_TypeError, "must be str, not %s", value_type_name(vm, args[1]));
  ObjStr *sep = AS_STR(args[1]);
  if (sep->len == 0) return vm_raise(vm, vm->exc_ValueError, "empty separator");
  ObjTuple *t = tuple_new(vm, 3);
  if (t == NULL) return false;
  const char *q = NULL;
  if (!reverse) q = memmem(s->chars, s->len, sep->chars, sep->len);
  else if (s->len >= sep->len)
    for (size_t i = s->len - sep->len + 1; i-- > 0;)
      if (memcmp(s->chars + i, sep->chars, sep->len) == 0) { q = s->chars + i; break; }
  if (q == NULL) {
    t->items[0] = reverse ? OBJ_VAL(vm->s_empty) : OBJ_VAL(s);
    t->items[1] = OBJ_VAL(vm->s_empty);
    t->items[2] = reverse ? OBJ_VAL(s) : OBJ_VAL(vm->s_empty);
  } else {
    size_t at = (size_t)(q - s->chars);
    ObjStr *a = mkstr(vm, s->chars, at);
    ObjStr *c = mkstr(vm, s->chars + at + sep->len, s->len - at - sep->len);
    if (a == NULL || c == NULL) return false;
    t->items[0] = OBJ_VAL(a);
    t->items[1] = OBJ_VAL(sep);
    t->items[2] = OBJ_VAL(c);
  }
  *out = OBJ_VAL(t);
  return true;
}

static bool str_m_partition(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  return partition(vm, argc, args, kwargs, false, out);
}
static bool str_m_rpartition(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  return partition(vm, argc, args, kwargs, true, out);
}

/* }====================================================== */

/* {====================================================== transforming */

/* strip / lstrip / rstrip; [which] 1 left, 2 right, 3 both. */
static bool strip(VM *vm, int argc, Value *args, ObjDict *kwargs, int which, const char *name,
                  Value *out) {
  ObjStr *s;
  if (!self_str(vm, args[0], name, &s)) return false;
  if (!args_check_method(vm, name, argc, kwargs, 0, 1)) return false;
  ObjStr *chars = NULL;
  if (argc > 1 && !IS_NONE(args[1])) {
    if (!IS_STR(args[1]))
      return vm_raise(vm, vm->exc_TypeError, "%s arg must be None or str", name);
    chars = AS_STR(args[1]);
  }
  size_t a = 0, b = s->len;
  if (which & 1) {
    while (a < b) {
      size_t p = a;
      uint32_t cp = str_decode(s->chars, &p);
      bool hit;
      if (chars == NULL) hit = is_ws(cp);
      else {
        hit = false;
        size_t q = 0;
        while (q < chars->len) if (str_decode(chars->chars, &q) == cp) { hit = true; break; }
      }
      if (!hit) break;
      a = p;
    }
  }
  if (which & 2) {
    while (b > a) {
      size_t start = b - 1;
      while (start > a && ((unsigned char)s->chars[start] & 0xC0) == 0x80) start--;
      size_t p = start;
      uint32_t cp = str_decode(s->chars, &p);
      bool hit;
      if (chars == NULL) hit = is_ws(cp);
      else {
        hit = false;
        size_t q = 0;
        while (q < chars->len) if (str_decode(chars->chars, &q) == cp) { hit = true; break; }
      }
      if (!hit) break;
      b = start;
    }
  }
  if (a == 0 && b == s->len) { *out = OBJ_VAL(s); return true; }
  return ret_str(mkstr(vm, s->chars + a, b - a), out);
}

static bool str_m_strip(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  return strip(vm, argc, args, kwargs, 3, "strip", out);
}
static bool str_m_lstrip(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  return strip(vm, argc, args, kwargs, 1, "lstrip", out);
}
static bool str_m_rstrip(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  return strip(vm, argc, args, kwargs, 2, "rstrip", out);
}

static bool str_m_replace(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  ObjStr *s, *old, *new;
  if (!self_str(vm, args[0], "replace", &s)) return false;
  if (!args_check_method(vm, "replace", argc, kwargs, 2, 3)) return false;
  if (!arg_str(vm, args[1], "replace", 1, &old) || !arg_str(vm, args[2], "replace", 2, &new))
    return false;
  int64_t count = -1;
  if (argc > 3 && !arg_int(vm, args[3], &count)) return false;
  StrBuf b;
  strbuf_init(&b);
  size_t i = 0;
  int64_t done = 0;
  bool ok = true;
  if (old->len == 0) {
    /* Insert [new] before every code point and at the end. */
    while (ok && (count < 0 || done < count)) {
      ok = strbuf_add(vm, &b, new->chars, new->len);
      done++;
      if (i >= s->len) break;
      size_t p = i;
      str_decode(s->chars, &p);
      ok = ok && strbuf_add(vm, &b, s->chars + i, p - i);
      i = p;
    }
    ok = ok && strbuf_add(vm, &b, s->chars + i, s->len - i);
  } else {
    while (ok && (count < 0 || done < count)) {
      const char *q = memmem(s->chars + i, s->len - i, old->chars, old->len);
      if (q == NULL) break;
      ok = strbuf_add(vm, &b, s->chars + i, (size_t)(q - s->chars) - i) &&
           strbuf_add(vm, &b, new->chars, new->len);
      i = (size_t)(q - s->chars) + old->len;
      done++;
    }
    ok = ok && strbuf_add(vm, &b, s->chars + i, s->len - i);
  }
  if (!ok) { strbuf_free(&b); return false; }
  return ret_buf(vm, &b, out);
}

/* }====================================================== */

/* {====================================================== case mapping */

/* The case methods, in CPython's terms (Objects/unicodeobject.c do_upper,
** do_lower, do_casefold, do_swapcase, do_title, do_capitalize). */
typedef enum { CASE_UPPER, CASE_LOWER, CASE_FOLD, CASE_SWAP, CASE_TITLE, CASE_CAPITALIZE } CaseOp;

static bool has_flag(uint32_t c, uint32_t flag) { return (unicode_db_lookup(c)->flags & flag) != 0; }

/* Is the capital sigma at byte [at] (its length 2) of [s] word-final?
** Unicode's Final_Sigma context, as CPython's handle_capital_sigma:
** cased case-ignorable* SIGMA !(case-ignorable* cased). */
static bool final_sigma(ObjStr *s, size_t at) {
  size_t p = at;
  uint32_t c = 0;
  bool found = false;
  while (p > 0) {
    c = decode_prev(s->chars, &p);
    if (!has_flag(c, UNICODE_DB_CASE_IGNORABLE)) { found = true; break; }
  }
  if (!found || !has_flag(c, UNICODE_DB_CASED)) return false;
  p = at + 2;
  while (p < s->len) {
    c = str_decode(s->chars, &p);
    if (!has_flag(c, UNICODE_DB_CASE_IGNORABLE)) return !has_flag(c, UNICODE_DB_CASED);
  }
  return true;
}

/* lower() of the code point [c] at byte [at] of [s], into [out]: its full
** lowercase mapping, with sigma's final form where it ends a word. */
static int lower_at(ObjStr *s, size_t at, uint32_t c, uint32_t out[3]) {
  if (c == 0x3A3) {
    out[0] = final_sigma(s, at) ? 0x3C2 : 0x3C3;
    return 1;
  }
  return unicode_db_map(c, UNICODE_DB_MAP_LOWER, out);
}

/* The case methods of an ASCII str: a byte loop. */
static bool map_case_ascii(VM *vm, ObjStr *s, CaseOp op, Value *out) {
  StrBuf b;
  strbuf_init(&b);
  if (!strbuf_add(vm, &b, s->chars, s->len)) return false;
  bool prev_cased = false;
  for (size_t i = 0; i < b.len; i++) {
    char c = b.chars[i];
    bool up = c >= 'A' && c <= 'Z', low = c >= 'a' && c <= 'z';
    bool to_upper;
    switch (op) {
      case CASE_UPPER: to_upper = true; break;
      case CASE_LOWER: case CASE_FOLD: to_upper = false; break;
      case CASE_SWAP: to_upper = low; break;
      case CASE_TITLE: to_upper = !prev_cased; break;
      default: to_upper = i == 0; break;
    }
    if (to_upper && low) b.chars[i] = (char)(c - 32);
    else if (!to_upper && up) b.chars[i] = (char)(c + 32);
    prev_cased = up || low;
  }
  return ret_buf(vm, &b, out);
}

/* A str method [name] that takes no arguments: CPython's METH_NOARGS
** message "str.upper() takes no arguments (1 given)". */
static bool no_args(VM *vm, const char *name, int argc, ObjDict *kwargs) {
  char qualname[64];
  snprintf(qualname, sizeof qualname, "str.%s", name);
  return args_check_fixed(vm, qualname, argc, kwargs, 0);
}

/* upper / lower / casefold / swapcase / title / capitalize of the str
** args[0]: full (possibly multi-code-point) mappings, as CPython. */
static bool map_case(VM *vm, int argc, ObjDict *kwargs, Value *args, const char *name, CaseOp op,
                     Value *out) {
  ObjStr *s;
  if (!self_str(vm, args[0], name, &s) || !no_args(vm, name, argc, kwargs)) return false;
  if (s->len == s->length) return map_case_ascii(vm, s, op, out);
  StrBuf b;
  strbuf_init(&b);
  size_t i = 0;
  bool prev_cased = false, ok = true;
  while (ok && i < s->len) {
    size_t at = i;
    uint32_t c = str_decode(s->chars, &i), m[3];
    int n;
    uint32_t flags = unicode_db_lookup(c)->flags;
    switch (op) {
      case CASE_UPPER: n = unicode_db_map(c, UNICODE_DB_MAP_UPPER, m); break;
      case CASE_LOWER: n = lower_at(s, at, c, m); break;
      case CASE_FOLD: n = unicode_db_map(c, UNICODE_DB_MAP_FOLD, m); break;
      case CASE_SWAP:
        if (flags & UNICODE_DB_UPPER) n = lower_at(s, at, c, m);
        else if (flags & UNICODE_DB_LOWER) n = unicode_db_map(c, UNICODE_DB_MAP_UPPER, m);
        else { m[0] = c; n = 1; }
        break;
      case CASE_TITLE:
        n = prev_cased ? lower_at(s, at, c, m) : unicode_db_map(c, UNICODE_DB_MAP_TITLE, m);
        prev_cased = (flags & UNICODE_DB_CASED) != 0;
        break;
      default:   /* capitalize: the first code point titlecased, the rest lowered */
        n = at == 0 ? unicode_db_map(c, UNICODE_DB_MAP_TITLE, m) : lower_at(s, at, c, m);
        break;
    }
    for (int k = 0; ok && k < n; k++) ok = strbuf_add_codepoint(vm, &b, m[k]);
  }
  if (!ok) { strbuf_free(&b); return false; }
  return ret_buf(vm, &b, out);
}

static bool str_m_upper(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  return map_case(vm, argc, kwargs, args, "upper", CASE_UPPER, out);
}
static bool str_m_lower(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  return map_case(vm, argc, kwargs, args, "lower", CASE_LOWER, out);
}
static bool str_m_casefold(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  return map_case(vm, argc, kwargs, args, "casefold", CASE_FOLD, out);
}
static bool str_m_swapcase(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  return map_case(vm, argc, kwargs, args, "swapcase", CASE_SWAP, out);
}
static bool str_m_title(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  return map_case(vm, argc, kwargs, args, "title", CASE_TITLE, out);
}
static bool str_m_capitalize(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  return map_case(vm, argc, kwargs, args, "capitalize", CASE_CAPITALIZE, out);
}

/* }====================================================== */

/* {====================================================== classification */

/* Does every code point of the non-empty str args[0] have one of the
** UNICODE_DB_* flags of [any]? (isalpha, isdecimal, isdigit, ...) */
static bool classify(VM *vm, int argc, ObjDict *kwargs, Value *args, const char *name, uint32_t any,
                     Value *out) {
  ObjStr *s;
  if (!self_str(vm, args[0], name, &s) || !no_args(vm, name, argc, kwargs)) return false;
  bool all = s->len > 0;
  size_t i = 0;
  while (all && i < s->len) {
    unsigned char byte = (unsigned char)s->chars[i];
    uint32_t c = byte < 0x80 ? (i++, byte) : str_decode(s->chars, &i);
    all = has_flag(c, any);
  }
  *out = BOOL_VAL(all);
  return true;
}

static bool str_m_isdigit(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  return classify(vm, argc, kwargs, args, "isdigit", UNICODE_DB_DIGIT, out);
}
static bool str_m_isdecimal(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  return classify(vm, argc, kwargs, args, "isdecimal", UNICODE_DB_DECIMAL, out);
}
static bool str_m_isnumeric(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  return classify(vm, argc, kwargs, args, "isnumeric", UNICODE_DB_NUMERIC, out);
}
static bool str_m_isalpha(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  return classify(vm, argc, kwargs, args, "isalpha", UNICODE_DB_ALPHA, out);
}
static bool str_m_isalnum(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  return classify(vm, argc, kwargs, args, "isalnum",
                  UNICODE_DB_ALPHA | UNICODE_DB_DECIMAL | UNICODE_DB_DIGIT | UNICODE_DB_NUMERIC, out);
}
static bool str_m_isspace(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  return classify(vm, argc, kwargs, args, "isspace", UNICODE_DB_SPACE, out);
}
static bool str_m_isascii(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  ObjStr *s;
  if (!self_str(vm, args[0], "isascii", &s) || !no_args(vm, "isascii", argc, kwargs)) return false;
  *out = BOOL_VAL(s->len == s->length);
  return true;
}
static bool str_m_isprintable(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  ObjStr *s;
  if (!self_str(vm, args[0], "isprintable", &s)) return false;
  if (s->len == 0) { *out = BOOL_VAL(true); return true; }
  return classify(vm, argc, kwargs, args, "isprintable", UNICODE_DB_PRINTABLE, out);
}

/* isupper / islower: some cased code point of the wanted case, and none
** of the other case nor titlecase (CPython's unicode_isupper_impl). */
static bool cased(VM *vm, Value *args, const char *name, bool upper, Value *out) {
  ObjStr *s;
  if (!self_str(vm, args[0], name, &s)) return false;
  uint32_t want = upper ? UNICODE_DB_UPPER : UNICODE_DB_LOWER;
  uint32_t other = (upper ? UNICODE_DB_LOWER : UNICODE_DB_UPPER) | UNICODE_DB_TITLE;
  bool any = false;
  size_t i = 0;
  while (i < s->len) {
    uint32_t flags = unicode_db_lookup(str_decode(s->chars, &i))->flags;
    if (flags & other) { *out = BOOL_VAL(false); return true; }
    if (flags & want) any = true;
  }
  *out = BOOL_VAL(any);
  return true;
}

static bool str_m_isupper(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  if (!no_args(vm, "isupper", argc, kwargs)) return false;
  return cased(vm, args, "isupper", true, out);
}
static bool str_m_islower(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  if (!no_args(vm, "islower", argc, kwargs)) return false;
  return cased(vm, args, "islower", false, out);
}

/* istitle: uppercase and titlecase code points only after uncased ones,
** lowercase ones only after cased ones, and at least one cased. */
static bool str_m_istitle(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  ObjStr *s;
  if (!self_str(vm, args[0], "istitle", &s) || !no_args(vm, "istitle", argc, kwargs)) return false;
  bool prev_cased = false, any = false;
  size_t i = 0;
  while (i < s->len) {
    uint32_t flags = unicode_db_lookup(str_decode(s->chars, &i))->flags;
    if (flags & (UNICODE_DB_UPPER | UNICODE_DB_TITLE)) {
      if (prev_cased) { *out = BOOL_VAL(false); return true; }
      prev_cased = any = true;
    } else if (flags & UNICODE_DB_LOWER) {
      if (!prev_cased) { *out = BOOL_VAL(false); return true; }
      prev_cased = any = true;
    } else {
      prev_cased = false;
    }
  }
  *out = BOOL_VAL(any);
  return true;
}

/* int() / float() text in ASCII (CPython's _PyUnicode_TransformDecimalAndSpaceToASCII). */
size_t str_to_ascii_numeric(const char *s, size_t len, char *out) {
  size_t i = 0, n = 0;
  while (i < len) {
    uint32_t c = str_decode(s, &i);
    int d;
    if (c < 0x7f) out[n++] = (char)c;
    else if (is_ws(c)) out[n++] = ' ';
    else if ((d = unicode_db_lookup(c)->decimal) >= 0) out[n++] = (char)('0' + d);
    else { out[n++] = '?'; break; }
  }
  out[n] = '\0';
  return n;
}

/* isidentifier: XID_Start (or '_') then XID_Continue code points.  (The
** lexer also NFKC-normalizes identifiers; isidentifier does not.) */
static bool str_m_isidentifier(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  ObjStr *s;
  if (!self_str(vm, args[0], "isidentifier", &s) || !no_args(vm, "isidentifier", argc, kwargs)) return false;
  bool ok = s->len > 0;
  size_t i = 0;
  while (ok && i < s->len) {
    uint32_t need = i == 0 ? UNICODE_DB_XID_START : UNICODE_DB_XID_CONTINUE;
    ok = has_flag(str_decode(s->chars, &i), need);
  }
  *out = BOOL_VAL(ok);
  return true;
}

/* }====================================================== */

/* {====================================================== padding, prefixes, encoding */

/* center / ljust / rjust: [kind] 0 center, 1 ljust, 2 rjust. */
static bool justify(VM *vm, int argc, Value *args, ObjDict *kwargs, int kind, const char *name,
                    Value *out) {
  ObjStr *s;
  if (!self_str(vm, args[0], name, &s)) return false;
  if (!args_check_method(vm, name, argc, kwargs, 1, 2)) return false;
  int64_t width;
  if (!arg_int(vm, args[1], &width)) return false;
  uint32_t fill = ' ';
  if (argc > 2) {
    if (!IS_STR(args[2]) || AS_STR(args[2])->length != 1)
      return vm_raise(vm, vm->exc_TypeError, "The fill character must be exactly one character long");
    size_t p = 0;
    fill = str_decode(AS_STR(args[2])->chars, &p);
  }
  int64_t len = (int64_t)s->length;
  if (width <= len) { *out = OBJ_VAL(s); return true; }
  int64_t marg = width - len, left;
  if (kind == 0) left = marg / 2 + (marg & width & 1);
  else if (kind == 1) left = 0;
  else left = marg;
  StrBuf b;
  strbuf_init(&b);
  /* Room for the whole result first, so a huge width fails at once with
     MemoryError (as CPython's pad) instead of growing byte by byte. */
  size_t fill_len = fill < 0x80 ? 1 : fill < 0x800 ? 2 : fill < 0x10000 ? 3 : 4;
  if (!strbuf_reserve_fill(vm, &b, (uint64_t)marg, fill_len, s->len)) return false;
  bool ok = true;
  for (int64_t i = 0; ok && i < left; i++) ok = strbuf_add_codepoint(vm, &b, fill);
  ok = ok && strbuf_add(vm, &b, s->chars, s->len);
  for (int64_t i = 0; ok && i < marg - left; i++) ok = strbuf_add_codepoint(vm, &b, fill);
  if (!ok) { strbuf_free(&b); return false; }
  return ret_buf(vm, &b, out);
}

static bool str_m_center(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  return justify(vm, argc, args, kwargs, 0, "center", out);
}
static bool str_m_ljust(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  return justify(vm, argc, args, kwargs, 1, "ljust", out);
}
static bool str_m_rjust(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  return justify(vm, argc, args, kwargs, 2, "rjust", out);
}

static bool str_m_zfill(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  ObjStr *s;
  if (!self_str(vm, args[0], "zfill", &s)) return false;
  if (!args_check_method(vm, "zfill", argc, kwargs, 1, 1)) return false;
  int64_t width;
  if (!arg_int(vm, args[1], &width)) return false;
  int64_t len = (int64_t)s->length;
  if (width <= len) { *out = OBJ_VAL(s); return true; }
  StrBuf b;
  strbuf_init(&b);
  if (!strbuf_reserve_fill(vm, &b, (uint64_t)(width - len), 1, s->len)) return false;
  size_t start = 0;
  bool ok = true;
  if (s->len > 0 && (s->chars[0] == '+' || s->chars[0] == '-')) {
    ok = strbuf_addc(vm, &b, s->chars[0]);
    start = 1;
  }
  for (int64_t i = 0; ok && i < width - len; i++) ok = strbuf_addc(vm, &b, '0');
  ok = ok && strbuf_add(vm, &b, s->chars + start, s->len - start);
  if (!ok) { strbuf_free(&b); return false; }
  return ret_buf(vm, &b, out);
}

static bool str_m_expandtabs(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  ObjStr *s;
  if (!self_str(vm, args[0], "expandtabs", &s)) return false;
  int64_t tab = 8;
  Value tv;
  if (argc > 1 && !arg_int(vm, args[1], &tab)) return false;
  if (kwarg_get(vm, kwargs, "tabsize", &tv) && !arg_int(vm, tv, &tab)) return false;
  StrBuf b;
  strbuf_init(&b);
  int64_t col = 0;
  size_t i = 0;
  bool ok = true;
  while (ok && i < s->len) {
    size_t p = i;
    uint32_t c = str_decode(s->chars, &p);
    if (c == '\t') {
      if (tab > 0) {
        int64_t n = tab - col % tab;
        for (int64_t k = 0; ok && k < n; k++) ok = strbuf_addc(vm, &b, ' ');
        col += n;
      }
    } else {
      ok = strbuf_add(vm, &b, s->chars + i, p - i);
      col = (c == '\n' || c == '\r') ? 0 : col + 1;
    }
    i = p;
  }
  if (!ok) { strbuf_free(&b); return false; }
  return ret_buf(vm, &b, out);
}

/* removeprefix / removesuffix */
static bool remove_affix(VM *vm, int argc, Value *args, ObjDict *kwargs, bool suffix, Value *out) {
  const char *name = suffix ? "removesuffix" : "removeprefix";
  ObjStr *s, *a;
  if (!self_str(vm, args[0], name, &s)) return false;
  if (!args_check_method(vm, name, argc, kwargs, 1, 1)) return false;
  if (!arg_str(vm, args[1], name, 1, &a)) return false;
  if (a->len > 0 && a->len <= s->len &&
      memcmp(suffix ? s->chars + s->len - a->len : s->chars, a->chars, a->len) == 0)
    return ret_str(mkstr(vm, suffix ? s->chars : s->chars + a->len, s->len - a->len), out);
  *out = OBJ_VAL(s);
  return true;
}

static bool str_m_removeprefix(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  return remove_affix(vm, argc, args, kwargs, false, out);
}
static bool str_m_removesuffix(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  return remove_affix(vm, argc, args, kwargs, true, out);
}

static bool str_m_encode(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  return vm_raise(vm, vm->exc_NotImplementedError, "bytes are not supported yet");
}

/* }====================================================== */

/* {====================================================== str.format */

/* Resolve one replacement field's value: "name", "0", "" (automatic), then
** any number of ".attr" and "[key]" parts. */
static bool field_value(VM *vm, const char *f, size_t n, int argc, Value *args, ObjDict *kwargs,
                        int *auto_index, Value *out) {
  size_t i = 0;
  while (i < n && f[i] != '.' && f[i] != '[') i++;
  if (i == 0) {
    if (*auto_index < 0)
      return vm_raise(vm, vm->exc_ValueError,
                      "cannot switch from manual field specification to automatic field numbering");
    int k = (*auto_index)++;
    if (k >= argc)
      return vm_raise(vm, vm->exc_IndexError, "Replacement index %d out of range for positional args tuple", k);
    *out = args[k];
  } else if (isdigit((unsigned char)f[0])) {
    if (*auto_index > 0)
      return vm_raise(vm, vm->exc_ValueError,
                      "cannot switch from automatic field numbering to manual field specification");
    *auto_index = -1;
    int64_t k = 0;
    for (size_t j = 0; j < i; j++) {
      if (!isdigit((unsigned char)f[j])) goto by_name;
      k = k * 10 + (f[j] - '0');
    }
    if (k >= argc)
      return vm_raise(vm, vm->exc_IndexError, "Replacement index %lld out of range for positional args tuple",
                      (long long)k);
    *out = args[k];
  } else {
  by_name:;
    ObjStr *key = str_new(vm, f, i);
    if (key == NULL) return false;
    if (kwargs == NULL || !dict_get_str(kwargs, key, out)) {
      ObjException *e = exc_new(vm, vm->exc_KeyError, key);
      return e != NULL && vm_raise_value(vm, OBJ_VAL(e));
    }
  }
  /* .attr and [key] parts. */
  while (i < n) {
    if (f[i] == '.') {
      size_t j = ++i;
      while (i < n && f[i] != '.' && f[i] != '[') i++;
      if (i == j) return vm_raise(vm, vm->exc_ValueError, "Empty attribute in format string");
      ObjStr *name = str_intern(vm, f + j, i - j);
      if (name == NULL || !value_getattr(vm, *out, name, out)) return false;
    } else if (f[i] == '[') {
      size_t j = ++i;
      while (i < n && f[i] != ']') i++;
      if (i >= n) return vm_raise(vm, vm->exc_ValueError, "Missing ']' in format string");
      if (i == j) return vm_raise(vm, vm->exc_ValueError, "Empty attribute in format string");
      Value key;
      bool digits = true;
      for (size_t k = j; k < i; k++) if (!isdigit((unsigned char)f[k])) digits = false;
      if (digits) {
        int64_t k = 0;
        for (size_t q = j; q < i; q++) k = k * 10 + (f[q] - '0');
        key = INT_VAL(k);
      } else {
        ObjStr *ks = str_new(vm, f + j, i - j);
        if (ks == NULL) return false;
        key = OBJ_VAL(ks);
      }
      i++;
      if (!value_getitem(vm, *out, key, out)) return false;
    } else {
      return vm_raise(vm, vm->exc_ValueError, "Only '.' or '[' may follow ']' in format field specifier");
    }
  }
  return true;
}

/* Format [fmt] (bytes [s, s+n)) into [b]: the engine of str.format and
** format_map.  [depth] limits nested specs. */
static bool format_into(VM *vm, StrBuf *b, const char *s, size_t n, int argc, Value *args,
                        ObjDict *kwargs, int *auto_index, int depth) {
  if (depth > 2) return vm_raise(vm, vm->exc_ValueError, "Max string recursion exceeded");
  size_t i = 0;
  while (i < n) {
    char c = s[i];
    if (c == '}') {
      if (i + 1 < n && s[i + 1] == '}') { if (!strbuf_addc(vm, b, '}')) return false; i += 2; continue; }
      return vm_raise(vm, vm->exc_ValueError, "Single '}' encountered in format string");
    }
    if (c != '{') {
      size_t j = i;
      while (j < n && s[j] != '{' && s[j] != '}') j++;
      if (!strbuf_add(vm, b, s + i, j - i)) return false;
      i = j;
      continue;
    }
    if (i + 1 < n && s[i + 1] == '{') { if (!strbuf_addc(vm, b, '{')) return false; i += 2; continue; }
    /* A field: find its end, counting nested braces. */
    size_t start = ++i;
    int level = 1;
    while (i < n) {
      if (s[i] == '{') level++;
      else if (s[i] == '}' && --level == 0) break;
      i++;
    }
    if (i >= n) {
      if (level > 1 || memchr(s + start, ':', n - start) == NULL)
        return vm_raise(vm, vm->exc_ValueError, "expected '}' before end of string");
      return vm_raise(vm, vm->exc_ValueError, "expected '}' before end of string");
    }
    size_t end = i++;
    /* Split into name, !conversion and :spec. */
    size_t name_end = start;
    while (name_end < end && s[name_end] != '!' && s[name_end] != ':') {
      if (s[name_end] == '[') { while (name_end < end && s[name_end] != ']') name_end++; }
      if (name_end < end) name_end++;
    }
    int conv = 0;
    size_t spec_start = end;
    if (name_end < end && s[name_end] == '!') {
      if (name_end + 1 >= end)
        return vm_raise(vm, vm->exc_ValueError, "end of string while looking for conversion specifier");
      conv = s[name_end + 1];
      if (name_end + 2 < end && s[name_end + 2] != ':')
        return vm_raise(vm, vm->exc_ValueError, "expected ':' after conversion specifier");
      if (conv != 'r' && conv != 's' && conv != 'a')
        return vm_raise(vm, vm->exc_ValueError, "Unknown conversion specifier %c", conv);
      spec_start = name_end + 2 < end ? name_end + 3 : end;
    } else if (name_end < end) {
      spec_start = name_end + 1;
    }
    Value v;
    if (!field_value(vm, s + start, name_end - start, argc, args, kwargs, auto_index, &v)) return false;
    /* The spec may hold nested fields: expand them first. */
    StrBuf spec;
    strbuf_init(&spec);
    if (spec_start < end &&
        !format_into(vm, &spec, s + spec_start, end - spec_start, argc, args, kwargs, auto_index,
                     depth + 1)) {
      strbuf_free(&spec);
      return false;
    }
    ObjStr *spec_s = spec.len ? strbuf_finish(vm, &spec) : (strbuf_free(&spec), vm->s_empty);
    if (spec_s == NULL) return false;
    vm_push_root(vm, v);
    ObjStr *r;
    bool ok = value_format(vm, v, conv, spec_s, &r);
    vm_pop_root(vm, 1);
    if (!ok || !strbuf_add(vm, b, r->chars, r->len)) return false;
  }
  return true;
}

static bool str_m_format(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  ObjStr *s;
  if (!self_str(vm, args[0], "format", &s)) return false;
  StrBuf b;
  strbuf_init(&b);
  int auto_index = 0;
  if (!format_into(vm, &b, s->chars, s->len, argc - 1, args + 1, kwargs, &auto_index, 0)) {
    strbuf_free(&b);
    return false;
  }
  return ret_buf(vm, &b, out);
}

static bool str_m_format_map(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  ObjStr *s;
  if (!self_str(vm, args[0], "format_map", &s)) return false;
  if (!args_check_method(vm, "format_map", argc, kwargs, 1, 1)) return false;
  if (!IS_DICT(args[1])) return vm_raise(vm, vm->exc_TypeError, "format_map() argument must be a dict");
  StrBuf b;
  strbuf_init(&b);
  int auto_index = 0;
  if (!format_into(vm, &b, s->chars, s->len, 0, NULL, AS_DICT(args[1]), &auto_index, 0)) {
    strbuf_free(&b);
    return false;
  }
  return ret_buf(vm, &b, out);
}

static bool str_m_dunder_format(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  ObjStr *s, *spec, *r;
  if (!self_str(vm, args[0], "__format__", &s)) return false;
  if (!args_check_method(vm, "__format__", argc, kwargs, 1, 1)) return false;
  if (!arg_str(vm, args[1], "__format__", 1, &spec)) return false;
  if (!value_format(vm, args[0], 0, spec, &r)) return false;
  *out = OBJ_VAL(r);
  return true;
}

/* }====================================================== */

/* {====================================================== the % operator */

bool str_percent_format(VM *vm, ObjStr *fmt, Value args, Value *out) {
  Value *items = &args;
  size_t nitems = 1, next = 0;
  bool is_tuple = IS_TUPLE(args);
  ObjDict *mapping = NULL;
  if (is_tuple) { items = AS_TUPLE(args)->items; nitems = AS_TUPLE(args)->count; }
  else if (IS_DICT(args)) mapping = AS_DICT(args);
  const char *s = fmt->chars;
  size_t n = fmt->len, i = 0;
  StrBuf b;
  strbuf_init(&b);
  vm_push_root(vm, args);
  bool ok = true;
  while (ok && i < n) {
    if (s[i] != '%') {
      size_t j = i;
      while (j < n && s[j] != '%') j++;
      ok = strbuf_add(vm, &b, s + i, j - i);
      i = j;
      continue;
    }
    i++;
    if (i >= n) { ok = vm_raise(vm, vm->exc_ValueError, "incomplete format"); break; }
    Value arg = UNDEF_VAL;
    /* %(name) */
    if (s[i] == '(') {
      if (mapping == NULL) { ok = vm_raise(vm, vm->exc_TypeError, "format requires a mapping"); break; }
      size_t j = ++i;
      int depth = 1;
      while (i < n && depth > 0) { if (s[i] == '(') depth++; else if (s[i] == ')') depth--; i++; }
      if (depth > 0) { ok = vm_raise(vm, vm->exc_ValueError, "incomplete format key"); break; }
      ObjStr *key = str_new(vm, s + j, i - 1 - j);
      if (key == NULL) { ok = false; break; }
      int r = dict_get(vm, mapping, OBJ_VAL(key), &arg);
      if (r <= 0) {
        if (r == 0) {
          ObjException *e = exc_new(vm, vm->exc_KeyError, key);
          if (e != NULL) vm_raise_value(vm, OBJ_VAL(e));
        }
        ok = false;
        break;
      }
    }
    FormatSpec f;
    num_spec_parse(vm, "", 0, &f);
    bool left = false;
    /* Flags. */
    for (; i < n && strchr("-+ #0", s[i]) && s[i] != '\0'; i++) {
      switch (s[i]) {
        case '-': left = true; break;
        case '+': f.sign = '+'; break;
        case ' ': if (f.sign != '+') f.sign = ' '; break;
        case '#': f.alt = true; break;
        case '0': f.zero = true; break;
      }
    }
    /* Width and precision ('*' takes them from the arguments). */
    if (i < n && s[i] == '*') {
      i++;
      if (next >= nitems) { ok = vm_raise(vm, vm->exc_TypeError, "not enough arguments for format string"); break; }
      int64_t w;
      if (!IS_INTLIKE(items[next])) { ok = vm_raise(vm, vm->exc_TypeError, "* wants int"); break; }
      w = AS_INTLIKE(items[next++]);
      if (w < 0) { left = true; w = -w; }
      f.width = w;
    } else {
      while (i < n && isdigit((unsigned char)s[i])) {
        int64_t w = f.width < 0 ? 0 : f.width;
        if (w > (INT64_MAX - 9) / 10) break;
        f.width = w * 10 + (s[i++] - '0');
      }
      if (i < n && isdigit((unsigned char)s[i])) { ok = vm_raise(vm, vm->exc_ValueError, "width too big"); break; }
    }
    if (i < n && s[i] == '.') {
      i++;
      f.precision = 0;
      if (i < n && s[i] == '*') {
        i++;
        if (next >= nitems || !IS_INTLIKE(items[next])) {
          ok = vm_raise(vm, vm->exc_TypeError, "* wants int");
          break;
        }
        f.precision = AS_INTLIKE(items[next++]);
      } else {
        while (i < n && isdigit((unsigned char)s[i]) && f.precision <= (INT64_MAX - 9) / 10)
          f.precision = f.precision * 10 + (s[i++] - '0');
        if (i < n && isdigit((unsigned char)s[i])) { ok = vm_raise(vm, vm->exc_ValueError, "precision too big"); break; }
      }
    }
    while (i < n && (s[i] == 'l' || s[i] == 'h' || s[i] == 'L')) i++;
    if (i >= n) { ok = vm_raise(vm, vm->exc_ValueError, "incomplete format"); break; }
    char type = s[i++];
    if (type == '%') { ok = strbuf_addc(vm, &b, '%'); continue; }
    if (IS_UNDEF(arg)) {
      if (mapping != NULL) arg = args;
      else if (next >= nitems) { ok = vm_raise(vm, vm->exc_TypeError, "not enough arguments for format string"); break; }
      else arg = items[next++];
    }
    if (left) { f.align = '<'; f.zero = false; f.fill = ' '; }
    else f.align = f.zero ? '=' : '>';
    if (f.zero && !left) f.fill = '0';
    switch (type) {
      case 's': case 'r': case 'a': {
        ObjStr *str;
        if (type == 's') ok = value_str(vm, arg, &str);
        else if (type == 'r') ok = value_repr(vm, arg, &str);
        else ok = value_format(vm, arg, 'a', NULL, &str);
        if (!ok) break;
        f.align = left ? '<' : '>';
        f.fill = ' ';
        f.sign = 0;
        f.alt = false;
        f.zero = false;
        ok = num_format_with(vm, OBJ_VAL(str), &f, &b);
        break;
      }
      case 'd': case 'i': case 'u': case 'x': case 'X': case 'o': {
        Value v = arg;
        if (IS_FLOAT(v) && (type == 'd' || type == 'i' || type == 'u')) {
          if (!num_float_to_int(vm, AS_FLOAT(v), &v)) { ok = false; break; }
        }
        if (IS_KIND(v, OBJ_BIGINT) && f.precision <= 0) {   /* a big int: num.c formats it */
          f.type = (type == 'i' || type == 'u') ? 'd' : type;
          f.precision = -1;
          ok = num_format_with(vm, v, &f, &b);
          break;
        }
        if (!IS_INTLIKE(v)) {
          if (type == 'd' || type == 'i' || type == 'u')
            ok = vm_raise(vm, vm->exc_TypeError, "%%%c format: a real number is required, not %s", type,
                          value_type_name(vm, v));
          else
            ok = vm_raise(vm, vm->exc_TypeError, "%%%c format: an integer is required, not %s", type,
                          value_type_name(vm, v));
          break;
        }
        f.type = (type == 'i' || type == 'u') ? 'd' : type;
        int64_t prec = f.precision;
        f.precision = -1;
        if (prec > 0) {
          /* %.3d pads the digits with zeros. */
          FormatSpec g = f;
          g.width = prec + (AS_INTLIKE(v) < 0 ? 1 : 0);
          g.align = '=';
          g.fill = '0';
          g.zero = true;
          StrBuf t;
          strbuf_init(&t);
          ok = num_format_with(vm, INT_VAL(AS_INTLIKE(v)), &g, &t);
          if (ok) {
            ObjStr *ts = strbuf_finish(vm, &t);
            f.sign = 0; f.alt = false; f.type = 's'; f.zero = false;
            f.fill = ' ';
            if (f.align == '=') f.align = '>';
            ok = ts != NULL && num_format_with(vm, OBJ_VAL(ts), &f, &b);
          } else {
            strbuf_free(&t);
          }
          break;
        }
        ok = num_format_with(vm, INT_VAL(AS_INTLIKE(v)), &f, &b);
        break;
      }
      case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
        double d;
        if (IS_FLOAT(arg)) d = AS_FLOAT(arg);
        else if (IS_INTLIKE(arg)) d = (double)AS_INTLIKE(arg);
        else {
          ok = vm_raise(vm, vm->exc_TypeError, "must be real number, not %s", value_type_name(vm, arg));
          break;
        }
        f.type = type;
        if (f.precision < 0) f.precision = 6;
        ok = num_format_with(vm, FLOAT_VAL(d), &f, &b);
        break;
      }
      case 'c': {
        if (IS_STR(arg) && AS_STR(arg)->length == 1) {
          f.align = left ? '<' : '>';
          f.fill = ' ';
          ok = num_format_with(vm, arg, &f, &b);
        } else if (IS_INTLIKE(arg)) {
          f.type = 'c';
          f.sign = 0;
          ok = num_format_with(vm, arg, &f, &b);
        } else {
          ok = vm_raise(vm, vm->exc_TypeError, "%%c requires int or char");
        }
        break;
      }
      default:
        if ((unsigned char)type >= 0x20 && (unsigned char)type < 0x7f)
          ok = vm_raise(vm, vm->exc_ValueError, "unsupported format character '%c' (0x%x) at index %zu",
                        type, (unsigned char)type, i - 1);
        else
          ok = vm_raise(vm, vm->exc_ValueError, "unsupported format character '?' (0x%x) at index %zu",
                        (unsigned char)type, i - 1);
        break;
    }
  }
  if (ok && mapping == NULL && next < nitems && !(nitems == 1 && !is_tuple && next == 0 && false))
    ok = vm_raise(vm, vm->exc_TypeError, "not all arguments converted during string formatting");
  vm_pop_root(vm, 1);
  if (!ok) { strbuf_free(&b); return false; }
  *out = OBJ_VAL(strbuf_finish(vm, &b));
  return AS_OBJ(*out) != NULL;
}

/* }====================================================== */

/* {====================================================== translate */

/* str.maketrans(x[, y[, z]]) (a staticmethod): the dict translate()
** takes, with code points (ints) as keys. */
static bool str_m_maketrans(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  if (!args_check(vm, "maketrans", argc, kwargs, 1, 3)) return false;
  ObjDict *table = dict_new(vm);
  if (table == NULL) return false;
  if (argc == 1) {
    if (!IS_DICT(args[0]))
      return vm_raise(vm, vm->exc_TypeError,
                      "if you give only one argument to maketrans it must be a dict");
    size_t pos = 0;
    Value k, v;
    while (dict_next(AS_DICT(args[0]), &pos, &k, &v)) {
      if (IS_STR(k)) {
        if (AS_STR(k)->length != 1)
          return vm_raise(vm, vm->exc_ValueError, "string keys in translate table must be of length 1");
        size_t at = 0;
        k = INT_VAL(str_decode(AS_STR(k)->chars, &at));
      } else if (!IS_INTLIKE(k)) {
        return vm_raise(vm, vm->exc_TypeError, "keys in translate table must be strings or integers");
      }
      if (!dict_set(vm, table, INT_VAL(AS_INTLIKE(k)), v)) return false;
    }
    *out = OBJ_VAL(table);
    return true;
  }
  if (!IS_STR(args[0]))
    return vm_raise(vm, vm->exc_TypeError,
                    "first maketrans argument must be a string if there is a second argument");
  ObjStr *x = AS_STR(args[0]), *y, *z = NULL;
  if (!arg_str(vm, args[1], "maketrans", 2, &y)) return false;
  if (argc == 3 && !arg_str(vm, args[2], "maketrans", 3, &z)) return false;
  if (x->length != y->length)
    return vm_raise(vm, vm->exc_ValueError, "the first two maketrans arguments must have equal length");
  size_t i = 0, j = 0;
  while (i < x->len) {
    uint32_t from = str_decode(x->chars, &i), to = str_decode(y->chars, &j);
    if (!dict_set(vm, table, INT_VAL(from), INT_VAL(to))) return false;
  }
  for (i = 0; z != NULL && i < z->len;)
    if (!dict_set(vm, table, INT_VAL(str_decode(z->chars, &i)), NONE_VAL)) return false;
  *out = OBJ_VAL(table);
  return true;
}

/* str.translate(table): each code point c becomes table[ord(c)]: a str, a
** code point, None (deleted), or c itself when the lookup raises
** LookupError. */
static bool str_m_translate(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  ObjStr *s;
  if (!self_str(vm, args[0], "translate", &s) ||
      !args_check_fixed(vm, "str.translate", argc, kwargs, 1))
    return false;
  Value table = args[1];
  StrBuf b;
  strbuf_init(&b);
  size_t i = 0;
  bool ok = true;
  while (ok && i < s->len) {
    uint32_t c = str_decode(s->chars, &i);
    Value r;
    if (!value_getitem(vm, table, INT_VAL(c), &r)) {
      if (!vm_exception_matches(vm, vm->exc_LookupError)) { ok = false; break; }
      vm_take_exception(vm);
      ok = strbuf_add_codepoint(vm, &b, c);
    } else if (IS_NONE(r)) {
      continue;
    } else if (IS_INTLIKE(r)) {
      int64_t cp = AS_INTLIKE(r);
      ok = cp >= 0 && cp < 0x110000
           ? strbuf_add_codepoint(vm, &b, (uint32_t)cp)
           : vm_raise(vm, vm->exc_ValueError, "character mapping must be in range(0x110000)");
    } else if (IS_STR(r)) {
      ok = strbuf_add(vm, &b, AS_STR(r)->chars, AS_STR(r)->len);
    } else {
      ok = vm_raise(vm, vm->exc_TypeError, "character mapping must return integer, None or str");
    }
  }
  if (!ok) { strbuf_free(&b); return false; }
  return ret_buf(vm, &b, out);
}

/* }====================================================== */

bool str_init_methods(VM *vm) {
  ObjDict *d = vm->t_str->dict;
  define_native(vm, d, "translate", str_m_translate);
  {
    /* maketrans is a staticmethod: str.maketrans(...) and s.maketrans(...). */
    ObjNative *mk = native_new(vm, "maketrans", str_m_maketrans, UNDEF_VAL);
    ObjProperty *sm = mk ? property_new(vm, PROP_STATICMETHOD, OBJ_VAL(mk)) : NULL;
    if (sm == NULL) return false;
    sm->obj.cls = RT(vm)->t_staticmethod;
    if (!dict_set_cstr(vm, d, "maketrans", OBJ_VAL(sm))) return false;
  }
  define_native(vm, d, "__new__", str_m_new);
  define_native(vm, d, "__format__", str_m_dunder_format);
  define_native(vm, d, "find", str_m_find);
  define_native(vm, d, "rfind", str_m_rfind);
  define_native(vm, d, "index", str_m_index);
  define_native(vm, d, "rindex", str_m_rindex);
  define_native(vm, d, "count", str_m_count);
  define_native(vm, d, "startswith", str_m_startswith);
  define_native(vm, d, "endswith", str_m_endswith);
  define_native(vm, d, "split", str_m_split);
  define_native(vm, d, "rsplit", str_m_rsplit);
  define_native(vm, d, "splitlines", str_m_splitlines);
  define_native(vm, d, "join", str_m_join);
  define_native(vm, d, "partition", str_m_partition);
  define_native(vm, d, "rpartition", str_m_rpartition);
  define_native(vm, d, "strip", str_m_strip);
  define_native(vm, d, "lstrip", str_m_lstrip);
  define_native(vm, d, "rstrip", str_m_rstrip);
  define_native(vm, d, "replace", str_m_replace);
  define_native(vm, d, "upper", str_m_upper);
  define_native(vm, d, "lower", str_m_lower);
  define_native(vm, d, "casefold", str_m_casefold);
  define_native(vm, d, "swapcase", str_m_swapcase);
  define_native(vm, d, "title", str_m_title);
  define_native(vm, d, "capitalize", str_m_capitalize);
  define_native(vm, d, "isdigit", str_m_isdigit);
  define_native(vm, d, "isdecimal", str_m_isdecimal);
  define_native(vm, d, "isnumeric", str_m_isnumeric);
  define_native(vm, d, "isalpha", str_m_isalpha);
  define_native(vm, d, "isalnum", str_m_isalnum);
  define_native(vm, d, "isspace", str_m_isspace);
  define_native(vm, d, "isascii", str_m_isascii);
  define_native(vm, d, "isprintable", str_m_isprintable);
  define_native(vm, d, "isupper", str_m_isupper);
  define_native(vm, d, "islower", str_m_islower);
  define_native(vm, d, "istitle", str_m_istitle);
  define_native(vm, d, "isidentifier", str_m_isidentifier);
  define_native(vm, d, "center", str_m_center);
  define_native(vm, d, "ljust", str_m_ljust);
  define_native(vm, d, "rjust", str_m_rjust);
  define_native(vm, d, "zfill", str_m_zfill);
  define_native(vm, d, "expandtabs", str_m_expandtabs);
  define_native(vm, d, "removeprefix", str_m_removeprefix);
  define_native(vm, d, "removesuffix", str_m_removesuffix);
  define_native(vm, d, "encode", str_m_encode);
  define_native(vm, d, "format", str_m_format);
  define_native(vm, d, "format_map", str_m_format_map);
  return true;
}
