/*
** marshal.c -- code objects to bytes and back (see marshal.h), after
** CPython's Python/marshal.c: one type byte per value, then its payload.
**
** The stream is the magic "ORRC" and one code object.  Values:
**   'N' None   'T' True   'F' False
**   'i' int: zigzag varint          'l' big int: sign byte, hex digits (len + bytes)
**   'g' float: 8 bytes, IEEE 754 bits, little-endian (CPython's TYPE_BINARY_FLOAT)
**   'u' str: len + UTF-8 bytes      't' interned str, the same (CPython's TYPE_INTERNED)
**   'r' an interned str written before: its number among them, in order (TYPE_REF)
**   '(' tuple: count + values
**   '>' frozenset: count, table mask, then slot number + value of each item
**   'c' code: see w_code            '0' a NULL pointer field (never a value)
** Counts, lengths and offsets are unsigned LEB128 varints, signed ints are
** zigzag-encoded varints (as protobuf), so small numbers take one byte.
**
** Objects are written as a tree: the compiler shares no object between two
** places except interned strings (every name, varname, qualname and the
** filename).  Each of those is written whole once, then as 'r' and its
** number, so the loader interns (hashes and looks up) each text once.
**
** Garbage collection: allocation never collects (src/gc.h), and loading
** runs no Python code.  Even so, every object code_load makes is stored
** where its parent holds it before anything else is allocated, and the
** outermost code object is on vm->roots while it is filled, so a
** collection at any allocation (were there one) would free nothing.
*/
#include "src/marshal.h"

#include <stdlib.h>
#include <string.h>

#include "src/gc.h"
#include "runtime/bigint.h"
#include "runtime/runtime.h"
#include "runtime/set.h"

#define MAGIC "ORRC"
#define MAGIC_LEN 4
/* Deeper nesting is refused both ways (CPython's MAX_MARSHAL_STACK_DEPTH):
** the C stack bounds the recursion. */
#define MAX_DEPTH 2000

enum {
  TAG_NULL = '0',
  TAG_NONE = 'N',
  TAG_TRUE = 'T',
  TAG_FALSE = 'F',
  TAG_INT = 'i',
  TAG_BIGINT = 'l',
  TAG_FLOAT = 'g',
  TAG_STR = 'u',
  TAG_INTERNED = 't',
  TAG_TUPLE = '(',
  TAG_FROZENSET = '>',
  TAG_CODE = 'c',
  TAG_REF = 'r',
};

/* {====================================================== dumping */

/* The output buffer.  [failed] is set once an error is raised; every
** later write is then a no-op, so callers test it once at the end. */
typedef struct {
  VM *vm;
  uint8_t *buf;            /* malloc'd */
  size_t len, cap;
  int depth;               /* nesting of w_value */
  bool failed;
  ObjStr **seen;           /* the interned strs written so far, in order (malloc'd) */
  size_t nseen, seencap;
} Writer;

static void w_fail_memory(Writer *w) {
  if (!w->failed) vm_raise_memory(w->vm);
  w->failed = true;
}

static void w_bytes(Writer *w, const void *p, size_t n) {
  if (w->failed) return;
  if (w->len + n > w->cap) {
    size_t cap = w->cap ? w->cap : 256;
    while (cap < w->len + n) cap *= 2;
    uint8_t *b = realloc(w->buf, cap);
    if (b == NULL) { w_fail_memory(w); return; }
    w->buf = b;
    w->cap = cap;
  }
  memcpy(w->buf + w->len, p, n);
  w->len += n;
}

static void w_byte(Writer *w, uint8_t b) { w_bytes(w, &b, 1); }

/* Unsigned LEB128: seven bits a byte, low first, high bit = more. */
static void w_uint(Writer *w, uint64_t v) {
  uint8_t b[10];
  int n = 0;
  do {
    b[n] = (uint8_t)(v & 0x7f);
    v >>= 7;
    if (v) b[n] |= 0x80;
    n++;
  } while (v);
  w_bytes(w, b, (size_t)n);
}

/* Zigzag: 0, -1, 1, -2 ... become 0, 1, 2, 3 ... */
static void w_int(Writer *w, int64_t v) {
  w_uint(w, ((uint64_t)v << 1) ^ (uint64_t)(v >> 63));
}

static void w_str(Writer *w, ObjStr *s) {
  if (s->interned) {
    /* A linear search: this runs at build time only. */
    for (size_t i = 0; i < w->nseen; i++)
      if (w->seen[i] == s) {
        w_byte(w, TAG_REF);
        w_uint(w, i);
        return;
      }
    if (w->nseen == w->seencap) {
      size_t cap = w->seencap ? 2 * w->seencap : 64;
      ObjStr **seen = realloc(w->seen, cap * sizeof *seen);
      if (seen == NULL) { w_fail_memory(w); return; }
      w->seen = seen;
      w->seencap = cap;
    }
    w->seen[w->nseen++] = s;
  }
  w_byte(w, s->interned ? TAG_INTERNED : TAG_STR);
  w_uint(w, s->len);
  w_bytes(w, s->chars, s->len);
}

static void w_value(Writer *w, Value v);

/* A pointer field of a code object: NULL or a str / tuple. */
static void w_ref(Writer *w, Obj *o) {
  if (o == NULL) w_byte(w, TAG_NULL);
  else w_value(w, OBJ_VAL(o));
}

/* A code object: 'c', then its fields in the order of ObjCode. */
static void w_code(Writer *w, ObjCode *c) {
  w_byte(w, TAG_CODE);
  w_ref(w, (Obj *)c->name);
  w_ref(w, (Obj *)c->qualname);
  w_ref(w, (Obj *)c->filename);
  w_int(w, c->firstlineno);
  w_int(w, c->flags);
  w_int(w, c->argcount);
  w_int(w, c->posonlyargcount);
  w_int(w, c->kwonlyargcount);
  w_int(w, c->nlocals);
  w_int(w, c->ncells);
  w_int(w, c->nfrees);
  w_int(w, c->stacksize);
  w_int(w, c->nfixed);
  w_int(w, c->maxblocks);
  w_byte(w, c->simple_call);
  w_byte(w, c->simple_make);
  w_ref(w, (Obj *)c->varnames);
  w_ref(w, (Obj *)c->cellvars);
  w_byte(w, c->cell2arg != NULL);
  if (c->cell2arg != NULL)
    for (int i = 0; i < c->ncells; i++) w_int(w, c->cell2arg[i]);
  w_ref(w, (Obj *)c->freevars);
  w_ref(w, (Obj *)c->consts);
  w_ref(w, (Obj *)c->names);
  w_uint(w, c->code_len);
  if (c->code_len > 0) w_bytes(w, c->code, c->code_len);
  /* Positions as differences (offset and line from the previous entry,
     end_line from line), so that most numbers take one byte. */
  w_uint(w, c->npositions);
  uint32_t prev_offset = 0;
  int64_t prev_line = 0;
  for (uint32_t i = 0; i < c->npositions; i++) {
    CodePosition *p = &c->positions[i];
    w_uint(w, p->offset - prev_offset);
    w_int(w, (int64_t)p->line - prev_line);
    w_int(w, (int64_t)p->end_line - p->line);
    w_int(w, p->col);
    w_int(w, p->end_col);
    prev_offset = p->offset;
    prev_line = p->line;
  }
}

static void w_value(Writer *w, Value v) {
  if (w->failed) return;
  if (++w->depth > MAX_DEPTH) {
    vm_raise(w->vm, w->vm->exc_ValueError, "object too deeply nested to marshal");
    w->failed = true;
    return;
  }
  switch (v.type) {
    case VAL_NONE: w_byte(w, TAG_NONE); break;
    case VAL_BOOL: w_byte(w, AS_BOOL(v) ? TAG_TRUE : TAG_FALSE); break;
    case VAL_INT: w_byte(w, TAG_INT); w_int(w, AS_INT(v)); break;
    case VAL_FLOAT: {
      uint64_t bits;
      double d = AS_FLOAT(v);
      memcpy(&bits, &d, sizeof bits);
      uint8_t b[8];
      for (int i = 0; i < 8; i++) b[i] = (uint8_t)(bits >> (8 * i));
      w_byte(w, TAG_FLOAT);
      w_bytes(w, b, 8);
      break;
    }
    case VAL_OBJ: {
      Obj *o = AS_OBJ(v);
      if (o->kind == OBJ_STR && o->cls == w->vm->t_str) {
        w_str(w, (ObjStr *)o);
      } else if (o->kind == OBJ_TUPLE && o->cls == w->vm->t_tuple) {
        ObjTuple *t = (ObjTuple *)o;
        w_byte(w, TAG_TUPLE);
        w_uint(w, t->count);
        for (size_t i = 0; i < t->count; i++) w_value(w, t->items[i]);
      } else if (o->kind == OBJ_SET && o->cls == w->vm->t_frozenset) {
        /* Each item with its slot: the table decides the iteration order
           (hence the order of a set display), and adding the items again
           in any order may not give the same table when hashes collide. */
        ObjSet *s = (ObjSet *)o;
        w_byte(w, TAG_FROZENSET);
        w_uint(w, s->used);
        w_uint(w, s->mask);
        for (size_t i = 0; i <= s->mask; i++)
          if (!IS_UNDEF(s->table[i].key)) {
            w_uint(w, i);
            w_value(w, s->table[i].key);
          }
      } else if (o->kind == OBJ_BIGINT) {
        bool neg = false;
        char *digits = bigint_digits(w->vm, v, 16, &neg);
        if (digits == NULL) { w->failed = true; break; }
        size_t n = strlen(digits);
        w_byte(w, TAG_BIGINT);
        w_byte(w, neg);
        w_uint(w, n);
        w_bytes(w, digits, n);
        free(digits);
      } else if (o->kind == OBJ_CODE) {
        w_code(w, (ObjCode *)o);
      } else {
        vm_raise(w->vm, w->vm->exc_ValueError, "unmarshallable object");
        w->failed = true;
      }
      break;
    }
    case VAL_UNDEF:
      vm_raise(w->vm, w->vm->exc_ValueError, "unmarshallable object");
      w->failed = true;
      break;
  }
  w->depth--;
}

bool code_dump(VM *vm, ObjCode *code, uint8_t **out, size_t *out_len) {
  Writer w = {.vm = vm};
  w_bytes(&w, MAGIC, MAGIC_LEN);
  w_value(&w, OBJ_VAL(code));
  free(w.seen);
  if (w.failed) {
    free(w.buf);
    *out = NULL;
    *out_len = 0;
    return false;
  }
  *out = w.buf;
  *out_len = w.len;
  return true;
}

/* }====================================================== */

/* {====================================================== loading */

typedef struct {
  VM *vm;
  const uint8_t *p, *end;  /* what is left to read */
  int depth;               /* nesting of r_value */
  ObjStr **seen;           /* the interned strs read so far, for 'r' (malloc'd); each
                              is held by the code object being built */
  size_t nseen, seencap;
} Reader;

/* Raise ValueError "bad marshal data ([what])" (CPython's wording);
** returns false. */
static bool bad(Reader *r, const char *what) {
  return vm_raise(r->vm, r->vm->exc_ValueError, "bad marshal data (%s)", what);
}

static bool r_byte(Reader *r, uint8_t *out) {
  if (r->p >= r->end) return bad(r, "truncated");
  *out = *r->p++;
  return true;
}

static bool r_uint_long(Reader *r, uint64_t *out) {
  uint64_t v = 0;
  for (int shift = 0; shift < 64; shift += 7) {
    uint8_t b = 0;
    if (!r_byte(r, &b)) return false;
    v |= (uint64_t)(b & 0x7f) << shift;
    if (!(b & 0x80)) { *out = v; return true; }
  }
  return bad(r, "varint too long");
}

/* Most varints are one byte: that case inline (positions are most of what
** a code object holds). */
static inline bool r_uint(Reader *r, uint64_t *out) {
  if (r->p < r->end && *r->p < 0x80) {
    *out = *r->p++;
    return true;
  }
  return r_uint_long(r, out);
}

static inline __attribute__((always_inline)) bool r_int64(Reader *r, int64_t *out) {
  uint64_t u = 0;
  if (!r_uint(r, &u)) return false;
  *out = (int64_t)(u >> 1) ^ -(int64_t)(u & 1);
  return true;
}

/* A signed int field that must lie in [lo, hi]. */
static inline bool r_int(Reader *r, int *out, int64_t lo, int64_t hi) {
  int64_t v = 0;
  if (!r_int64(r, &v)) return false;
  if (v < lo || v > hi) return bad(r, "int field out of range");
  *out = (int)v;
  return true;
}

/* A count or length: at most what is left of the input divided by the
** smallest encoding of one element ([unit] bytes), so a corrupt length
** never makes a huge allocation. */
static bool r_count(Reader *r, size_t unit, size_t *out) {
  uint64_t n = 0;
  if (!r_uint(r, &n)) return false;
  if (n > (uint64_t)(r->end - r->p) / unit) return bad(r, "truncated");
  *out = (size_t)n;
  return true;
}

/* A str of either tag (the tag already read); NULL after raising. */
/* A str of any of the three tags (the tag already read); NULL after
** raising. */
static ObjStr *r_str(Reader *r, uint8_t tag) {
  size_t n = 0;
  if (tag == TAG_REF) {
    uint64_t i = 0;
    if (!r_uint(r, &i)) return NULL;
    if (i >= r->nseen) return (void)bad(r, "invalid reference"), NULL;
    return r->seen[i];
  }
  if (!r_count(r, 1, &n)) return NULL;
  const char *chars = (const char *)r->p;
  r->p += n;
  if (tag == TAG_STR) return str_new(r->vm, chars, n);
  ObjStr *s = str_intern(r->vm, chars, n);
  if (s == NULL) return NULL;
  if (r->nseen == r->seencap) {
    size_t cap = r->seencap ? 2 * r->seencap : 64;
    ObjStr **seen = realloc(r->seen, cap * sizeof *seen);
    if (seen == NULL) return (void)vm_raise_memory(r->vm), NULL;
    r->seen = seen;
    r->seencap = cap;
  }
  r->seen[r->nseen++] = s;
  return s;
}

static bool r_value(Reader *r, Value *slot);
static bool r_code(Reader *r, ObjCode *c);

/* A tuple (the tag already read): made and stored first -- in the value
** *slot, or if [slot] is NULL in the code object's pointer field *field --,
** then filled, each item stored in place as it is made. */
static bool r_tuple(Reader *r, Value *slot, Obj **field) {
  size_t n = 0;
  if (!r_count(r, 1, &n)) return false;
  ObjTuple *t = tuple_new(r->vm, n);
  if (t == NULL) return false;
  if (slot != NULL) *slot = OBJ_VAL(t);
  else *field = (Obj *)t;
  for (size_t i = 0; i < n; i++)
    if (!r_value(r, &t->items[i])) return false;
  return true;
}

/* A frozenset (the tag already read): its items go into a tuple held by
** *slot, the frozenset is made of them (so that its size and class are
** what the compiler's are), then its table is laid out again with each
** item in the slot it was dumped from. */
static bool r_frozenset(Reader *r, Value *slot) {
  size_t n = 0;
  uint64_t mask = 0;
  if (!r_count(r, 2, &n) || !r_uint(r, &mask)) return false;
  if (mask > SIZE_MAX / sizeof(size_t) - 1) return bad(r, "frozenset");
  ObjTuple *t = tuple_new(r->vm, n);
  if (t == NULL) return false;
  *slot = OBJ_VAL(t);
  size_t *slots = malloc((n ? n : 1) * sizeof *slots);
  if (slots == NULL) return vm_raise_memory(r->vm);
  bool ok = true;
  for (size_t i = 0; i < n && ok; i++) {
    uint64_t at = 0;
    ok = r_uint(r, &at) && r_value(r, &t->items[i]);
    if (ok && at > mask) ok = bad(r, "frozenset slot");
    slots[i] = (size_t)at;
  }
  Value fs;
  if (ok) ok = value_frozenset_of(r->vm, t->items, n, &fs);
  ObjSet *s = ok ? (ObjSet *)AS_OBJ(fs) : NULL;
  if (ok && (s->used != n || s->fill != n || s->mask != mask)) ok = bad(r, "frozenset");
  if (ok) {
    for (size_t i = 0; i <= s->mask; i++) s->table[i] = (SetEntry){UNDEF_VAL, 0};
    for (size_t i = 0; i < n && ok; i++) {
      uint64_t h = 0;
      ok = value_hash(r->vm, t->items[i], &h);
      if (ok && !IS_UNDEF(s->table[slots[i]].key)) ok = bad(r, "frozenset slot");
      if (ok) s->table[slots[i]] = (SetEntry){t->items[i], h};
    }
  }
  free(slots);
  if (ok) *slot = fs;
  return ok;
}

/* A pointer field of a code object ([*field]): a str (any of its three
** tags) when [want] is OBJ_STR, a tuple when it is OBJ_TUPLE; never NULL
** ('0'), as the compiler always sets them.  The tuple is stored in the
** field before its items are read. */
static bool r_ref(Reader *r, Obj **field, ObjKind want) {
  uint8_t tag = 0;
  if (!r_byte(r, &tag)) return false;
  if (want == OBJ_STR && (tag == TAG_STR || tag == TAG_INTERNED || tag == TAG_REF)) {
    ObjStr *s = r_str(r, tag);
    if (s == NULL) return false;
    *field = (Obj *)s;
    return true;
  }
  if (want == OBJ_TUPLE && tag == TAG_TUPLE) return r_tuple(r, NULL, field);
  return bad(r, want == OBJ_STR ? "str expected" : "tuple expected");
}

/* A tuple of [n] strs (varnames, cellvars, freevars, names). */
static bool r_names(Reader *r, ObjTuple **field, int n) {
  if (!r_ref(r, (Obj **)field, OBJ_TUPLE)) return false;
  if ((*field)->count != (size_t)n) return bad(r, "name count");
  for (size_t i = 0; i < (*field)->count; i++)
    if (!IS_STR((*field)->items[i])) return bad(r, "str expected");
  return true;
}

/* Fill the code object [c] (already reachable: on vm->roots or in its
** parent's consts) from what w_code wrote.  Each field is set only once
** it is whole, so the collector's finalizer (finalize_code) always sees
** consistent lengths. */
static bool r_code(Reader *r, ObjCode *c) {
  if (!r_ref(r, (Obj **)&c->name, OBJ_STR) || !r_ref(r, (Obj **)&c->qualname, OBJ_STR) ||
      !r_ref(r, (Obj **)&c->filename, OBJ_STR))
    return false;
  int nlocals = 0, ncells = 0, nfrees = 0;
  if (!r_int(r, &c->firstlineno, INT32_MIN, INT32_MAX) || !r_int(r, &c->flags, 0, INT32_MAX) ||
      !r_int(r, &c->argcount, 0, INT32_MAX) || !r_int(r, &c->posonlyargcount, 0, INT32_MAX) ||
      !r_int(r, &c->kwonlyargcount, 0, INT32_MAX) || !r_int(r, &nlocals, 0, INT32_MAX) ||
      !r_int(r, &ncells, 0, INT32_MAX) || !r_int(r, &nfrees, 0, INT32_MAX) ||
      !r_int(r, &c->stacksize, 0, INT32_MAX) || !r_int(r, &c->nfixed, 0, INT32_MAX) ||
      !r_int(r, &c->maxblocks, 0, INT32_MAX))
    return false;
  if ((int64_t)nlocals + ncells + nfrees != c->nfixed) return bad(r, "nfixed");
  if (c->posonlyargcount > c->argcount || (int64_t)c->argcount + c->kwonlyargcount > nlocals)
    return bad(r, "argument counts");
  c->nlocals = nlocals;
  c->nfrees = nfrees;
  uint8_t simple_call = 0, simple_make = 0, has_cell2arg = 0;
  if (!r_byte(r, &simple_call) || !r_byte(r, &simple_make)) return false;
  if (simple_call > 1 || simple_make > 1) return bad(r, "bool field");
  c->simple_call = simple_call;
  c->simple_make = simple_make;
  if (!r_names(r, &c->varnames, nlocals)) return false;
  c->ncells = ncells;   /* before cell2arg: finalize_code frees ncells ints */
  if (!r_names(r, &c->cellvars, ncells)) return false;
  if (!r_byte(r, &has_cell2arg)) return false;
  if (has_cell2arg > 1 || (has_cell2arg && ncells == 0)) return bad(r, "cell2arg");
  if (has_cell2arg) {
    int *map = gc_realloc(r->vm, NULL, 0, sizeof(int) * (size_t)ncells);
    if (map == NULL) return false;
    c->cell2arg = map;
    for (int i = 0; i < ncells; i++)
      if (!r_int(r, &map[i], -1, nlocals - 1)) return false;
  }
  if (!r_names(r, &c->freevars, nfrees)) return false;
  if (!r_ref(r, (Obj **)&c->consts, OBJ_TUPLE)) return false;
  if (!r_ref(r, (Obj **)&c->names, OBJ_TUPLE)) return false;
  for (size_t i = 0; i < c->names->count; i++)
    if (!IS_STR(c->names->items[i])) return bad(r, "str expected");
  size_t code_len = 0, npos = 0;
  if (!r_count(r, 1, &code_len)) return false;
  if (code_len > UINT32_MAX) return bad(r, "code length");
  if (code_len > 0) {
    uint8_t *bytes = gc_realloc(r->vm, NULL, 0, code_len);
    if (bytes == NULL) return false;
    memcpy(bytes, r->p, code_len);
    r->p += code_len;
    c->code = bytes;
    c->code_len = (uint32_t)code_len;
  }
  if (!r_count(r, 5, &npos)) return false;
  if (npos > 0) {
    CodePosition *pos = gc_realloc(r->vm, NULL, 0, sizeof(CodePosition) * npos);
    if (pos == NULL) return false;
    c->positions = pos;
    c->npositions = (uint32_t)npos;
    memset(pos, 0, sizeof(CodePosition) * npos);
    uint64_t offset = 0;
    int64_t line = 0;
    for (size_t i = 0; i < npos; i++) {
      uint64_t doff = 0;
      int64_t dline = 0, dend = 0, col = 0, end_col = 0;
      if (!r_uint(r, &doff) || !r_int64(r, &dline) || !r_int64(r, &dend) ||
          !r_int64(r, &col) || !r_int64(r, &end_col))
        return false;
      offset += doff;
      line += dline;
      if (doff > code_len || offset > code_len) return bad(r, "position offset");
      if (line < INT32_MIN || line > INT32_MAX || dend < -(int64_t)UINT32_MAX ||
          dend > (int64_t)UINT32_MAX || line + dend < INT32_MIN || line + dend > INT32_MAX ||
          col < INT32_MIN || col > INT32_MAX || end_col < INT32_MIN || end_col > INT32_MAX)
        return bad(r, "position out of range");
      pos[i] = (CodePosition){.offset = (uint32_t)offset, .line = (int32_t)line,
                              .end_line = (int32_t)(line + dend), .col = (int32_t)col,
                              .end_col = (int32_t)end_col};
    }
  }
  return true;
}

/* Read one value into *slot, which the caller keeps reachable. */
static bool r_value(Reader *r, Value *slot) {
  uint8_t tag = 0;
  if (!r_byte(r, &tag)) return false;
  if (++r->depth > MAX_DEPTH) return bad(r, "too deeply nested");
  bool ok = true;
  switch (tag) {
    case TAG_NONE: *slot = NONE_VAL; break;
    case TAG_TRUE: *slot = BOOL_VAL(true); break;
    case TAG_FALSE: *slot = BOOL_VAL(false); break;
    case TAG_INT: {
      int64_t v = 0;
      ok = r_int64(r, &v);
      if (ok) *slot = INT_VAL(v);
      break;
    }
    case TAG_FLOAT: {
      if (r->end - r->p < 8) { ok = bad(r, "truncated"); break; }
      uint64_t bits = 0;
      for (int i = 0; i < 8; i++) bits |= (uint64_t)r->p[i] << (8 * i);
      r->p += 8;
      double d;
      memcpy(&d, &bits, sizeof d);
      *slot = FLOAT_VAL(d);
      break;
    }
    case TAG_STR: case TAG_INTERNED: case TAG_REF: {
      ObjStr *s = r_str(r, tag);
      ok = s != NULL;
      if (ok) *slot = OBJ_VAL(s);
      break;
    }
    case TAG_BIGINT: {
      uint8_t neg = 0;
      size_t n = 0;
      if (!r_byte(r, &neg) || !r_count(r, 1, &n)) { ok = false; break; }
      if (neg > 1 || n == 0) { ok = bad(r, "big int"); break; }
      char *digits = malloc(n + 1);
      if (digits == NULL) { ok = vm_raise_memory(r->vm); break; }
      memcpy(digits, r->p, n);
      digits[n] = '\0';
      r->p += n;
      for (size_t i = 0; i < n && ok; i++)
        if (!((digits[i] >= '0' && digits[i] <= '9') || (digits[i] >= 'a' && digits[i] <= 'f')))
          ok = bad(r, "big int");
      Value v;
      if (ok) ok = bigint_from_digits(r->vm, digits, 16, neg, &v);
      free(digits);
      if (ok && !IS_BIGINT(v)) ok = bad(r, "big int");
      if (ok) *slot = v;
      break;
    }
    case TAG_TUPLE: ok = r_tuple(r, slot, NULL); break;
    case TAG_FROZENSET: ok = r_frozenset(r, slot); break;
    case TAG_CODE: {
      ObjCode *c = code_new(r->vm);
      ok = c != NULL;
      if (ok) {
        *slot = OBJ_VAL(c);
        ok = r_code(r, c);
      }
      break;
    }
    default: ok = bad(r, "unknown type code"); break;
  }
  r->depth--;
  return ok;
}

ObjCode *code_load(VM *vm, const uint8_t *bytes, size_t len) {
  Reader r = {.vm = vm, .p = bytes, .end = bytes + len};
  if (len < MAGIC_LEN || memcmp(bytes, MAGIC, MAGIC_LEN) != 0) return (void)bad(&r, "magic"), NULL;
  r.p += MAGIC_LEN;
  uint8_t tag = 0;
  if (!r_byte(&r, &tag)) return NULL;
  if (tag != TAG_CODE) return (void)bad(&r, "code object expected"), NULL;
  ObjCode *c = code_new(vm);
  if (c == NULL) return NULL;
  vm_push_root(vm, OBJ_VAL(c));
  bool ok = r_code(&r, c);
  vm_pop_root(vm, 1);
  free(r.seen);
  if (ok && r.p != r.end) ok = bad(&r, "trailing bytes");
  return ok ? c : NULL;
}

/* }====================================================== */
