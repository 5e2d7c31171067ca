/*
** ops.c -- the object protocol of runtime.h: what repr, str, ==, hash,
** the operators, attribute access, subscripts, iteration, len and format
** do with every kind of value, as CPython 3.11 does.
**
** Builtin kinds are handled in C.  Objects whose class is defined in Python
** (or made by another runtime/ file) are asked for their dunder methods
** first (__repr__, __str__, __eq__, __hash__, __add__..., __getitem__,
** __iter__, __next__, __len__, __bool__, __contains__, __call__ is the VM's).
*/
#include "runtime/runtime.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "src/coro.h"
#include "src/gc.h"
#include "runtime/builtins.h"
#include "runtime/set.h"
#include "runtime/bigint.h"
#include "runtime/super.h"

/* {====================================================== classes */

ObjClass *value_class(VM *vm, Value v) {
  switch (v.type) {
    case VAL_UNDEF:
    case VAL_NONE: return vm->t_NoneType;
    case VAL_BOOL: return vm->t_bool;
    case VAL_INT: return vm->t_int;
    case VAL_FLOAT: return vm->t_float;
    case VAL_OBJ: return AS_OBJ(v)->cls;
  }
  return vm->t_object;
}

const char *value_type_name(VM *vm, Value v) {
  return value_class(vm, v)->name->chars;
}

bool value_is_instance(VM *vm, Value v, ObjClass *cls) {
  return class_is_subclass(value_class(vm, v), cls);
}

/* Is [v] an object whose dunders may be Python code (or C methods added
** by another runtime/ file): instances of Python classes and of the
** runtime-owned kinds? */
static bool has_custom_class(Value v) {
  if (!IS_OBJ(v)) return false;
  Obj *o = AS_OBJ(v);
  return !o->cls->is_builtin || o->kind >= OBJ_FUTURE;
}

/* Find the special method [name] on [v]'s class.  C functions found on the
** builtin classes (object's defaults, list.__getitem__ ...) are skipped:
** they only re-enter the protocol, whose C code handles those kinds
** directly.  true with the method in *fn. */
/* The interned names find_special asks for, by the address of the C
** string naming them (a literal, or a static table such as binop_names),
** so that a lookup need not hash and intern the name again: one entry per
** address hash, replaced on a clash.  Such a string lives as long as the
** program and never changes, so the same address means the same name.  The strings are
** kept alive by a root marker (interned strings are otherwise weak). */
#define SPECIAL_NAMES 64        /* a power of two */
static struct { const char *key; ObjStr *s; } special_names[SPECIAL_NAMES];
static VM *special_vm;          /* the VM the marker is registered with */

static void mark_special_names(VM *vm) {
  for (int i = 0; i < SPECIAL_NAMES; i++)
    if (special_names[i].s != NULL) gc_mark_obj(vm, (Obj *)special_names[i].s);
}

/* The interned string [name] (as rt_name); NULL if memory ran out, with
** nothing raised (find_special then finds nothing, as before it raised). */
static ObjStr *special_name(VM *vm, const char *name) {
  size_t h = ((uintptr_t)name >> 3) & (SPECIAL_NAMES - 1);
  if (special_vm == vm && special_names[h].key == name) return special_names[h].s;
  ObjStr *s = rt_name(vm, name);
  if (s == NULL) { vm->exception = UNDEF_VAL; return NULL; }
  if (special_vm != vm) {
    memset(special_names, 0, sizeof special_names);
    gc_add_root_marker(vm, mark_special_names);
    special_vm = vm;
  }
  special_names[h].key = name;
  special_names[h].s = s;
  return s;
}

static bool find_special(VM *vm, Value v, const char *name, Value *fn) {
  if (!has_custom_class(v)) return false;
  ObjStr *s = special_name(vm, name);
  if (s == NULL) return false;
  /* The first class on the chain whose dict has the name, from the class
     lookup cache (src/object.c class_lookup_where). */
  ObjClass *c;
  if (!class_lookup_where(AS_OBJ(v)->cls, s, fn, &c)) return false;
  if (IS_NATIVE(*fn) && c->is_builtin && c->instance_kind < OBJ_FUTURE) return false;
  return true;
}

/* Call [fn] with [self] in front of [args] (natives directly). */
static bool call_with_self(VM *vm, Value fn, Value self, int argc, Value *args, Value *out) {
  Value argv[4];
  argv[0] = self;
  for (int i = 0; i < argc && i < 3; i++) argv[i + 1] = args[i];
  if (IS_NATIVE(fn)) {
    ObjNative *n = AS_NATIVE(fn);
    return n->fn(vm, n->self, argc + 1, argv, NULL, out);
  }
  if (IS_KIND(fn, OBJ_PROPERTY) && ((ObjProperty *)AS_OBJ(fn))->kind == PROP_STATICMETHOD)
    return vm_call(vm, ((ObjProperty *)AS_OBJ(fn))->fget, argc, args, NULL, out);
  vm_push_root(vm, self);
  vm_push_root(vm, fn);
  bool ok = vm_call(vm, fn, argc + 1, argv, NULL, out);
  vm_pop_root(vm, 2);
  return ok;
}

int ops_call_dunder(VM *vm, Value self, const char *name, int argc, Value *args, Value *out) {
  Value fn;
  if (!find_special(vm, self, name, &fn)) return 0;
  return call_with_self(vm, fn, self, argc, args, out) ? 1 : -1;
}

static bool is_not_implemented(VM *vm, Value v) {
  return IS_OBJ(v) && IS_OBJ(RT(vm)->not_implemented) &&
         AS_OBJ(v) == AS_OBJ(RT(vm)->not_implemented);
}

/* Is type(b) a proper subclass of type(a), so that b's reflected method is
** tried before a's own (CPython's binary_op1 / do_richcompare rule)? */
static bool reflected_first(VM *vm, Value a, Value b) {
  ObjClass *ca = value_class(vm, a), *cb = value_class(vm, b);
  return ca != cb && class_is_subclass(cb, ca);
}

/* }====================================================== */

/* {====================================================== repr and str */

/* Is [o] already being repr'd (a recursive container)? */
static bool repr_enter(VM *vm, Obj *o, bool *recursive) {
  RuntimeState *rt = RT(vm);
  for (int i = 0; i < rt->repr_count; i++)
    if (rt->repr_stack[i] == o) { *recursive = true; return true; }
  *recursive = false;
  if (rt->repr_count == rt->repr_capacity) {
    int cap = rt->repr_capacity ? rt->repr_capacity * 2 : 16;
    Obj **s = realloc(rt->repr_stack, sizeof(Obj *) * (size_t)cap);
    if (s == NULL) return vm_raise_memory(vm);
    rt->repr_stack = s;
    rt->repr_capacity = cap;
  }
  rt->repr_stack[rt->repr_count++] = o;
  return true;
}

static void repr_leave(VM *vm) { RT(vm)->repr_count--; }

/* Append "a, b, c" for [n] items of an array that may change while Python
** code runs (re-read through [items]/[count] each time). */
static bool add_items(VM *vm, StrBuf *b, Value **items, size_t *count) {
  for (size_t i = 0; i < *count; i++) {
    if (i > 0 && !strbuf_add(vm, b, ", ", 2)) return false;
    if (!strbuf_add_repr(vm, b, (*items)[i])) return false;
  }
  return true;
}

static bool repr_list(VM *vm, StrBuf *b, ObjList *l) {
  bool rec;
  if (!repr_enter(vm, &l->obj, &rec)) return false;
  if (rec) return strbuf_adds(vm, b, "[...]");
  vm_push_root(vm, OBJ_VAL(l));
  bool ok = strbuf_addc(vm, b, '[') && add_items(vm, b, &l->items, &l->count) &&
            strbuf_addc(vm, b, ']');
  vm_pop_root(vm, 1);
  repr_leave(vm);
  return ok;
}

static bool repr_tuple(VM *vm, StrBuf *b, ObjTuple *t) {
  bool rec;
  if (!repr_enter(vm, &t->obj, &rec)) return false;
  if (rec) return strbuf_adds(vm, b, "(...)");
  vm_push_root(vm, OBJ_VAL(t));
  bool ok = strbuf_addc(vm, b, '(');
  for (size_t i = 0; ok && i < t->count; i++) {
    if (i > 0) ok = strbuf_add(vm, b, ", ", 2);
    ok = ok && strbuf_add_repr(vm, b, t->items[i]);
  }
  if (ok && t->count == 1) ok = strbuf_addc(vm, b, ',');
  ok = ok && strbuf_addc(vm, b, ')');
  vm_pop_root(vm, 1);
  repr_leave(vm);
  return ok;
}

static bool repr_dict(VM *vm, StrBuf *b, ObjDict *d) {
  bool rec;
  if (!repr_enter(vm, &d->obj, &rec)) return false;
  if (rec) return strbuf_adds(vm, b, "{...}");
  vm_push_root(vm, OBJ_VAL(d));
  bool ok = strbuf_addc(vm, b, '{');
  size_t pos = 0;
  Value k, v;
  bool first = true;
  while (ok && dict_next(d, &pos, &k, &v)) {
    if (!first) ok = strbuf_add(vm, b, ", ", 2);
    first = false;
    ok = ok && strbuf_add_repr(vm, b, k) && strbuf_add(vm, b, ": ", 2) &&
         strbuf_add_repr(vm, b, v);
  }
  ok = ok && strbuf_addc(vm, b, '}');
  vm_pop_root(vm, 1);
  repr_leave(vm);
  return ok;
}

/* "<mod.Name object at 0x...>" (no module for builtins). */
static bool repr_default(VM *vm, StrBuf *b, Value v) {
  ObjClass *c = value_class(vm, v);
  if (c->module && strcmp(c->module->chars, "builtins") != 0)
    return strbuf_printf(vm, b, "<%s.%s object at %p>", c->module->chars, c->qualname->chars,
                         (void *)AS_OBJ(v));
  return strbuf_printf(vm, b, "<%s object at %p>", c->name->chars, (void *)AS_OBJ(v));
}

/* repr of a dict view: dict_keys([...]). */
static bool repr_view(VM *vm, StrBuf *b, ObjNativeIter *view) {
  ObjDict *d = AS_DICT(view->seq);
  bool rec;
  if (!repr_enter(vm, &view->obj, &rec)) return false;
  if (rec) return strbuf_adds(vm, b, "...");
  vm_push_root(vm, OBJ_VAL(view));
  bool ok = strbuf_adds(vm, b, view->obj.cls->name->chars) && strbuf_add(vm, b, "([", 2);
  size_t pos = 0;
  Value k, v;
  bool first = true;
  while (ok && dict_next(d, &pos, &k, &v)) {
    if (!first) ok = strbuf_add(vm, b, ", ", 2);
    first = false;
    if (!ok) break;
    if (view->index == 0) ok = strbuf_add_repr(vm, b, k);
    else if (view->index == 1) ok = strbuf_add_repr(vm, b, v);
    else ok = strbuf_addc(vm, b, '(') && strbuf_add_repr(vm, b, k) &&
              strbuf_add(vm, b, ", ", 2) && strbuf_add_repr(vm, b, v) && strbuf_addc(vm, b, ')');
  }
  ok = ok && strbuf_add(vm, b, "])", 2);
  vm_pop_root(vm, 1);
  repr_leave(vm);
  return ok;
}

/* The result of a __repr__/__str__ call must be a str. */
static bool check_str_result(VM *vm, Value r, const char *which, ObjStr **out) {
  if (!IS_STR(r))
    return vm_raise(vm, vm->exc_TypeError, "%s returned non-string (type %s)", which,
                    value_type_name(vm, r));
  *out = AS_STR(r);
  return true;
}

/* C recursion through nested containers (repr, ==, ordering, hash) is
** bounded as CPython's Py_EnterRecursiveCall bounds it: together with the
** Python frames, at most the recursion limit, then RecursionError with
** "maximum recursion depth exceeded" and [where] (CPython's wording).  A
** 100000-deep list would otherwise overflow the C stack. */
static int c_nesting;

static bool enter_nested(VM *vm, const char *where) {
  if (vm->depth + c_nesting >= CFG_RECURSION_LIMIT)
    return vm_raise(vm, vm->exc_RecursionError, "maximum recursion depth exceeded%s", where);
  c_nesting++;
  return true;
}

static bool add_repr(VM *vm, StrBuf *b, Value v);
static bool hash_value(VM *vm, Value v, uint64_t *out);
static int eq_values(VM *vm, Value a, Value b);
static bool compare_values(VM *vm, int op, Value a, Value b, Value *out);

bool strbuf_add_repr(VM *vm, StrBuf *b, Value v) {
  if (!IS_OBJ(v) || IS_STR(v)) return add_repr(vm, b, v);   /* (no nesting: no check) */
  if (!enter_nested(vm, " while getting the repr of an object")) return false;
  bool ok = add_repr(vm, b, v);
  c_nesting--;
  return ok;
}

bool value_hash(VM *vm, Value v, uint64_t *out) {
  if (!IS_OBJ(v) || AS_OBJ(v)->kind != OBJ_TUPLE) return hash_value(vm, v, out);   /* only tuples nest */
  if (!enter_nested(vm, " while calling a Python object")) return false;
  bool ok = hash_value(vm, v, out);
  c_nesting--;
  return ok;
}

int value_eq(VM *vm, Value a, Value b) {
  if (!IS_OBJ(a) || !IS_OBJ(b) || IS_STR(a)) return eq_values(vm, a, b);
  if (!enter_nested(vm, " in comparison")) return -1;
  int r = eq_values(vm, a, b);
  c_nesting--;
  return r;
}

bool value_compare(VM *vm, int op, Value a, Value b, Value *out) {
  if (!IS_OBJ(a) || !IS_OBJ(b) || IS_STR(a)) return compare_values(vm, op, a, b, out);
  if (!enter_nested(vm, " in comparison")) return false;
  bool ok = compare_values(vm, op, a, b, out);
  c_nesting--;
  return ok;
}

static bool add_repr(VM *vm, StrBuf *b, Value v) {
  char num[64];
  switch (v.type) {
    case VAL_UNDEF:
    case VAL_NONE: return strbuf_add(vm, b, "None", 4);
    case VAL_BOOL: return strbuf_adds(vm, b, AS_BOOL(v) ? "True" : "False");
    case VAL_INT: return strbuf_printf(vm, b, "%lld", (long long)AS_INT(v));
    case VAL_FLOAT:
      num_float_repr(AS_FLOAT(v), num, sizeof num);
      return strbuf_adds(vm, b, num);
    case VAL_OBJ: break;
  }
  Obj *o = AS_OBJ(v);
  Value fn;
  if (find_special(vm, v, "__repr__", &fn)) {
    Value r;
    ObjStr *s = NULL;
    if (!call_with_self(vm, fn, v, 0, NULL, &r)) return false;
    if (!check_str_result(vm, r, "__repr__", &s)) return false;
    return strbuf_add(vm, b, s->chars, s->len);
  }
  switch (o->kind) {
    case OBJ_STR: return str_repr_buf(vm, b, (ObjStr *)o, false);
    case OBJ_LIST: return repr_list(vm, b, (ObjList *)o);
    case OBJ_TUPLE: return repr_tuple(vm, b, (ObjTuple *)o);
    case OBJ_DICT: return repr_dict(vm, b, (ObjDict *)o);
    case OBJ_SET: return set_repr(vm, b, (ObjSet *)o);
    case OBJ_BIGINT: return bigint_add_decimal(vm, b, v);
    case OBJ_FUNCTION:
      return strbuf_printf(vm, b, "<function %s at %p>", ((ObjFunction *)o)->qualname->chars,
                           (void *)o);
    case OBJ_NATIVE: {
      ObjNative *n = (ObjNative *)o;
      if (n->owner != NULL)
        return strbuf_printf(vm, b, "<method '%s' of '%s' objects>", n->name,
                             n->owner->name->chars);
      return strbuf_printf(vm, b, "<built-in function %s>", n->name);
    }
    case OBJ_BOUND_METHOD: {
      ObjBoundMethod *m = (ObjBoundMethod *)o;
      if (IS_NATIVE(m->func)) {
        if (IS_CLASS(m->self))
          return strbuf_printf(vm, b, "<built-in method %s of type object at %p>",
                               AS_NATIVE(m->func)->name, (void *)AS_OBJ(m->self));
        return strbuf_printf(vm, b, "<built-in method %s of %s object at %p>",
                             AS_NATIVE(m->func)->name, value_type_name(vm, m->self),
                             IS_OBJ(m->self) ? (void *)AS_OBJ(m->self) : (void *)o);
      }
      const char *qn = IS_FUNCTION(m->func) ? AS_FUNCTION(m->func)->qualname->chars : "?";
      return strbuf_printf(vm, b, "<bound method %s of ", qn) &&
             strbuf_add_repr(vm, b, m->self) && strbuf_addc(vm, b, '>');
    }
    case OBJ_CLASS: {
      ObjClass *c = (ObjClass *)o;
      if (c->module && strcmp(c->module->chars, "builtins") != 0)
        return strbuf_printf(vm, b, "<class '%s.%s'>", c->module->chars, c->qualname->chars);
      return strbuf_printf(vm, b, "<class '%s'>", c->qualname->chars);
    }
    case OBJ_EXCEPTION: {
      ObjStr *s;
      if (!exc_repr(vm, (ObjException *)o, &s)) return false;
      return strbuf_add(vm, b, s->chars, s->len);
    }
    case OBJ_MODULE: {
      ObjModule *m = (ObjModule *)o;
      if (m->file != NULL)
        return strbuf_printf(vm, b, "<module '%s' from '%s'>", m->name->chars, m->file->chars);
      return strbuf_printf(vm, b, "<module '%s' (built-in)>", m->name->chars);
    }
    case OBJ_CORO: {
      ObjCoro *c = (ObjCoro *)o;
      return strbuf_printf(vm, b, "<%s object %s at %p>",
                           c->is_coroutine ? "coroutine" : c->is_async_gen ? "async_generator" : "generator",
                           coro_qualname(c) ? coro_qualname(c)->chars : "?", (void *)o);
    }
    case OBJ_CODE: {
      ObjCode *c = (ObjCode *)o;
      return strbuf_printf(vm, b, "<code object %s at %p, file \"%s\", line %d>",
                           c->name ? c->name->chars : "?", (void *)o,
                           c->filename ? c->filename->chars : "?", c->firstlineno);
    }
    case OBJ_CELL: {
      ObjCell *c = (ObjCell *)o;
      if (IS_UNDEF(c->value)) return strbuf_printf(vm, b, "<cell at %p: empty>", (void *)o);
      return strbuf_printf(vm, b, "<cell at %p: %s object at %p>", (void *)o,
                           value_type_name(vm, c->value),
                           IS_OBJ(c->value) ? (void *)AS_OBJ(c->value) : (void *)c);
    }
    case OBJ_RANGE: {
      ObjRange *r = (ObjRange *)o;
      if (r->step == 1)
        return strbuf_printf(vm, b, "range(%lld, %lld)", (long long)r->start, (long long)r->stop);
      return strbuf_printf(vm, b, "range(%lld, %lld, %lld)", (long long)r->start,
                           (long long)r->stop, (long long)r->step);
    }
    case OBJ_NATIVE_ITER: {
      ObjNativeIter *it = (ObjNativeIter *)o;
      RuntimeState *rt = RT(vm);
      if (o->cls == rt->t_slice) {
        ObjTuple *t = AS_TUPLE(it->seq);
        return strbuf_adds(vm, b, "slice(") && strbuf_add_repr(vm, b, t->items[0]) &&
               strbuf_add(vm, b, ", ", 2) && strbuf_add_repr(vm, b, t->items[1]) &&
               strbuf_add(vm, b, ", ", 2) && strbuf_add_repr(vm, b, t->items[2]) &&
               strbuf_addc(vm, b, ')');
      }
      if (o->cls == rt->t_dict_keys || o->cls == rt->t_dict_values || o->cls == rt->t_dict_items)
        return repr_view(vm, b, it);
      return repr_default(vm, b, v);
    }
    case OBJ_PROPERTY: {
      ObjProperty *p = (ObjProperty *)o;
      if (p->kind == PROP_PROPERTY) return repr_default(vm, b, v);
      return strbuf_adds(vm, b, p->kind == PROP_STATICMETHOD ? "<staticmethod(" : "<classmethod(") &&
             strbuf_add_repr(vm, b, p->fget) && strbuf_add(vm, b, ")>", 2);
    }
    case OBJ_INSTANCE: {
      RuntimeState *rt = RT(vm);
      if (o == AS_OBJ(rt->not_implemented)) return strbuf_adds(vm, b, "NotImplemented");
      if (o == AS_OBJ(rt->ellipsis)) return strbuf_adds(vm, b, "Ellipsis");
      if (o->cls == rt->t_TextIOWrapper) {
        Value fd = INT_VAL(1);
        dict_get_cstr(vm, ((ObjInstance *)o)->dict, "_fd", &fd);
        return strbuf_printf(vm, b, "<_io.TextIOWrapper name='<%s>' mode='w' encoding='utf-8'>",
                             AS_INT(fd) == 2 ? "stderr" : "stdout");
      }
      return repr_default(vm, b, v);
    }
    default: return repr_default(vm, b, v);
  }
}

bool strbuf_add_str(VM *vm, StrBuf *b, Value v) {
  if (IS_STR(v)) return strbuf_add(vm, b, AS_STR(v)->chars, AS_STR(v)->len);
  ObjStr *s;
  if (!value_str(vm, v, &s)) return false;
  return strbuf_add(vm, b, s->chars, s->len);
}

bool value_repr(VM *vm, Value v, ObjStr **out) {
  StrBuf b;
  strbuf_init(&b);
  if (!strbuf_add_repr(vm, &b, v)) { strbuf_free(&b); return false; }
  *out = strbuf_finish(vm, &b);
  return *out != NULL;
}

bool value_str(VM *vm, Value v, ObjStr **out) {
  if (IS_STR(v)) { *out = AS_STR(v); return true; }
  Value fn;
  if (find_special(vm, v, "__str__", &fn)) {
    Value r;
    if (!call_with_self(vm, fn, v, 0, NULL, &r)) return false;
    return check_str_result(vm, r, "__str__", out);
  }
  if (IS_EXCEPTION(v)) return exc_str(vm, AS_EXCEPTION(v), out);
  return value_repr(vm, v, out);
}

/* }====================================================== */

/* {====================================================== truth, hash, equality */

int value_truthy(VM *vm, Value v) {
  switch (v.type) {
    case VAL_UNDEF:
    case VAL_NONE: return 0;
    case VAL_BOOL: return AS_BOOL(v);
    case VAL_INT: return AS_INT(v) != 0;
    case VAL_FLOAT: return AS_FLOAT(v) != 0.0;
    case VAL_OBJ: break;
  }
  Value r;
  /* Builtin objects have no Python __bool__/__len__ (ops_call_dunder
     would find none): straight to the kinds below. */
  if (!has_custom_class(v)) goto builtin;
  int called = ops_call_dunder(vm, v, "__bool__", 0, NULL, &r);
  if (called < 0) return -1;
  if (called) {
    if (!IS_BOOL(r)) {
      vm_raise(vm, vm->exc_TypeError, "__bool__ should return bool, returned %s",
               value_type_name(vm, r));
      return -1;
    }
    return AS_BOOL(r);
  }
  called = ops_call_dunder(vm, v, "__len__", 0, NULL, &r);
  if (called < 0) return -1;
  if (called) {
    if (!IS_INTLIKE(r)) {
      vm_raise(vm, vm->exc_TypeError, "'%s' object cannot be interpreted as an integer",
               value_type_name(vm, r));
      return -1;
    }
    return AS_INTLIKE(r) != 0;
  }
builtin:;
  Obj *o = AS_OBJ(v);
  switch (o->kind) {
    case OBJ_STR: return ((ObjStr *)o)->len != 0;
    case OBJ_LIST: return ((ObjList *)o)->count != 0;
    case OBJ_TUPLE: return ((ObjTuple *)o)->count != 0;
    case OBJ_DICT: return ((ObjDict *)o)->count != 0;
    case OBJ_SET: return ((ObjSet *)o)->used != 0;
    case OBJ_RANGE: {
      int64_t n;
      if (!value_len(vm, v, &n)) return -1;
      return n != 0;
    }
    case OBJ_NATIVE_ITER: {
      RuntimeState *rt = RT(vm);
      if (o->cls == rt->t_dict_keys || o->cls == rt->t_dict_values || o->cls == rt->t_dict_items)
        return AS_DICT(((ObjNativeIter *)o)->seq)->count != 0;
      return 1;
    }
    default: return 1;
  }
}

/* CPython's hash of an int: x mod (2**61 - 1) with the sign kept, -1 -> -2. */
static int64_t hash_int(int64_t x) {
  const uint64_t P = (1ULL << 61) - 1;
  uint64_t m = x < 0 ? (uint64_t)0 - (uint64_t)x : (uint64_t)x;
  int64_t h = (int64_t)(m % P);
  if (x < 0) h = -h;
  return h == -1 ? -2 : h;
}

/* CPython's pointer hash: the address rotated by 4 bits. */
static int64_t hash_pointer(const void *p) {
  uint64_t y = (uint64_t)(uintptr_t)p;
  y = (y >> 4) | (y << 60);
  int64_t h = (int64_t)y;
  return h == -1 ? -2 : h;
}

static bool hash_value(VM *vm, Value v, uint64_t *out) {
  switch (v.type) {
    case VAL_UNDEF:
    case VAL_NONE: *out = (uint64_t)hash_pointer(vm->t_NoneType); return true;
    case VAL_BOOL: *out = AS_BOOL(v); return true;
    case VAL_INT: *out = (uint64_t)hash_int(AS_INT(v)); return true;
    case VAL_FLOAT: *out = (uint64_t)num_hash_double(AS_FLOAT(v)); return true;
    case VAL_OBJ: break;
  }
  Obj *o = AS_OBJ(v);
  Value fn;
  if (find_special(vm, v, "__hash__", &fn)) {
    if (IS_NONE(fn)) goto unhashable;
    Value r;
    if (!call_with_self(vm, fn, v, 0, NULL, &r)) return false;
    if (IS_BIGINT(r)) { *out = bigint_hash(AS_BIGINT(r)); return true; }
    if (!IS_INTLIKE(r))
      return vm_raise(vm, vm->exc_TypeError, "__hash__ method should return an integer");
    /* An int that fits is the hash itself (CPython's slot_tp_hash). */
    int64_t h = AS_INTLIKE(r);
    *out = (uint64_t)(h == -1 ? -2 : h);
    return true;
  }
  if (find_special(vm, v, "__eq__", &fn) && !IS_NATIVE(fn)) goto unhashable;
  switch (o->kind) {
    case OBJ_STR: *out = str_hash((ObjStr *)o); return true;
    case OBJ_TUPLE: {
      /* CPython's xxHash-based tuple hash. */
      ObjTuple *t = (ObjTuple *)o;
      const uint64_t P1 = 11400714785074694791ULL, P2 = 14029467366897019727ULL,
                     P5 = 2870177450012600261ULL;
      uint64_t acc = P5;
      for (size_t i = 0; i < t->count; i++) {
        uint64_t lane;
        if (!value_hash(vm, t->items[i], &lane)) return false;
        acc += lane * P2;
        acc = (acc << 31) | (acc >> 33);
        acc *= P1;
      }
      acc += t->count ^ (P5 ^ 3527539UL);
      if (acc == (uint64_t)-1) acc = 1546275796;
      *out = acc;
      return true;
    }
    case OBJ_LIST:
    case OBJ_DICT:
      goto unhashable;
    case OBJ_SET: return set_hash(vm, (ObjSet *)o, out);
    case OBJ_BIGINT: *out = bigint_hash((ObjBigInt *)o); return true;
    case OBJ_NATIVE_ITER:
      if (o->cls == RT(vm)->t_slice || o->cls == RT(vm)->t_dict_keys ||
          o->cls == RT(vm)->t_dict_values || o->cls == RT(vm)->t_dict_items)
        goto unhashable;
      break;
    default: break;
  }
  /* Identity hash: a number given in order of first use rather than the
  ** address, so sets of objects (all_tasks()) iterate in a repeatable order
  ** -- the creation order CPython's address hashes usually give. */
  static uint32_t last_id = 0;
  if (o->hash_id == 0) o->hash_id = ++last_id ? last_id : ++last_id;
  *out = o->hash_id;
  return true;
unhashable:
  return vm_raise(vm, vm->exc_TypeError, "unhashable type: '%s'", value_type_name(vm, v));
}

/* Compare an int with a float exactly: <0, 0, >0, or 2 when unordered (nan). */
static int cmp_int_float(int64_t i, double f) {
  if (isnan(f)) return 2;
  long double li = (long double)i, lf = (long double)f;
  return li < lf ? -1 : li > lf ? 1 : 0;
}

/* Numeric comparison of two numbers (ints, bools, floats): <0, 0, >0, 2 nan. */
static int cmp_numbers(Value a, Value b) {
  if (IS_INTLIKE(a) && IS_INTLIKE(b)) {
    int64_t x = AS_INTLIKE(a), y = AS_INTLIKE(b);
    return x < y ? -1 : x > y;
  }
  if (IS_BIGINT(a) || IS_BIGINT(b)) {
    /* Exact, also against floats (no rounding of the int). */
    if (IS_FLOAT(a)) {
      int c = bigint_cmp_double(b, AS_FLOAT(a));
      return c == 2 ? 2 : -c;
    }
    return IS_FLOAT(b) ? bigint_cmp_double(a, AS_FLOAT(b)) : bigint_cmp(a, b);
  }
  if (IS_FLOAT(a) && IS_FLOAT(b)) {
    double x = AS_FLOAT(a), y = AS_FLOAT(b);
    if (isnan(x) || isnan(y)) return 2;
    return x < y ? -1 : x > y;
  }
  if (IS_FLOAT(a)) {
    int c = cmp_int_float(AS_INTLIKE(b), AS_FLOAT(a));
    return c == 2 ? 2 : -c;
  }
  return cmp_int_float(AS_INTLIKE(a), AS_FLOAT(b));
}

static bool is_number(Value v) { return IS_INT(v) || IS_BOOL(v) || IS_FLOAT(v) || IS_BIGINT(v); }

/* Equality of two items inside a container: identity first, as CPython. */
static int item_eq(VM *vm, Value a, Value b) {
  if (IS_OBJ(a) && IS_OBJ(b) && AS_OBJ(a) == AS_OBJ(b)) return 1;
  return value_eq(vm, a, b);
}

static bool is_view(VM *vm, Value v, int *kind) {
  if (!IS_KIND(v, OBJ_NATIVE_ITER)) return false;
  ObjClass *c = AS_OBJ(v)->cls;
  RuntimeState *rt = RT(vm);
  if (c == rt->t_dict_keys) *kind = 0;
  else if (c == rt->t_dict_values) *kind = 1;
  else if (c == rt->t_dict_items) *kind = 2;
  else return false;
  return true;
}

static int eq_values(VM *vm, Value a, Value b) {
  if (is_number(a) && is_number(b)) return cmp_numbers(a, b) == 0;
  if (IS_NONE(a) || IS_NONE(b)) return IS_NONE(a) && IS_NONE(b);
  if (!IS_OBJ(a) || !IS_OBJ(b)) {
    if (IS_OBJ(a) || IS_OBJ(b)) {
      /* A number against an object: only a Python __eq__ can say yes. */
      Value obj = IS_OBJ(a) ? a : b, other = IS_OBJ(a) ? b : a, r;
      int called = ops_call_dunder(vm, obj, "__eq__", 1, &other, &r);
      if (called < 0) return -1;
      if (called && !is_not_implemented(vm, r)) return value_truthy(vm, r);
    }
    return 0;
  }
  Obj *x = AS_OBJ(a), *y = AS_OBJ(b);
  if (has_custom_class(a) || has_custom_class(b)) {
    Value r, first = a, second = b;
    if (reflected_first(vm, a, b)) { first = b; second = a; }
    int called = ops_call_dunder(vm, first, "__eq__", 1, &second, &r);
    if (called < 0) return -1;
    if (called && !is_not_implemented(vm, r)) return value_truthy(vm, r);
    called = ops_call_dunder(vm, second, "__eq__", 1, &first, &r);
    if (called < 0) return -1;
    if (called && !is_not_implemented(vm, r)) return value_truthy(vm, r);
    if (x->kind == OBJ_SET && y->kind == OBJ_SET) return set_eq(vm, (ObjSet *)x, (ObjSet *)y);
    return x == y;
  }
  if (x == y) return 1;
  if (x->kind != y->kind) return 0;
  switch (x->kind) {
    case OBJ_STR: return str_eq((ObjStr *)x, (ObjStr *)y);
    case OBJ_TUPLE: {
      ObjTuple *s = (ObjTuple *)x, *t = (ObjTuple *)y;
      if (s->count != t->count) return 0;
      for (size_t i = 0; i < s->count; i++) {
        int e = item_eq(vm, s->items[i], t->items[i]);
        if (e != 1) return e;
      }
      return 1;
    }
    case OBJ_LIST: {
      ObjList *s = (ObjList *)x, *t = (ObjList *)y;
      if (s->count != t->count) return 0;
      for (size_t i = 0; i < s->count && i < t->count; i++) {
        int e = item_eq(vm, s->items[i], t->items[i]);
        if (e != 1) return e;
      }
      return s->count == t->count;
    }
    case OBJ_DICT: {
      ObjDict *s = (ObjDict *)x, *t = (ObjDict *)y;
      if (s->count != t->count) return 0;
      size_t pos = 0;
      Value k, v, w;
      while (dict_next(s, &pos, &k, &v)) {
        int found = dict_get(vm, t, k, &w);
        if (found != 1) return found;
        int e = item_eq(vm, v, w);
        if (e != 1) return e;
      }
      return 1;
    }
    case OBJ_SET: return set_eq(vm, (ObjSet *)x, (ObjSet *)y);
    case OBJ_RANGE: {
      ObjRange *r = (ObjRange *)x, *s = (ObjRange *)y;
      int64_t n, m;
      if (!value_len(vm, a, &n) || !value_len(vm, b, &m)) return -1;
      if (n != m) return 0;
      if (n == 0) return 1;
      if (r->start != s->start) return 0;
      return n == 1 || r->step == s->step;
    }
    case OBJ_NATIVE_ITER: {
      int ka, kb;
      if (is_view(vm, a, &ka) && is_view(vm, b, &kb) && ka == 0 && kb == 0) {
        ObjDict *s = AS_DICT(((ObjNativeIter *)x)->seq), *t = AS_DICT(((ObjNativeIter *)y)->seq);
        if (s->count != t->count) return 0;
        size_t pos = 0;
        Value k, v, w;
        while (dict_next(s, &pos, &k, &v)) {
          int found = dict_get(vm, t, k, &w);
          if (found != 1) return found;
        }
        return 1;
      }
      if (x->cls == RT(vm)->t_slice && y->cls == RT(vm)->t_slice)
        return value_eq(vm, ((ObjNativeIter *)x)->seq, ((ObjNativeIter *)y)->seq);
      return 0;
    }
    default: return 0;
  }
}

/* }====================================================== */

/* {====================================================== comparisons */

const char *compare_op_symbol(int op) {
  static const char *const sym[] = {"<", "<=", "==", "!=", ">", ">="};
  return op >= 0 && op <= CMP_GE ? sym[op] : "?";
}

/* Does the ordering [c] (<0, 0, >0) satisfy [op]? */
static bool cmp_result(int op, int c) {
  switch (op) {
    case CMP_LT: return c < 0;
    case CMP_LE: return c <= 0;
    case CMP_EQ: return c == 0;
    case CMP_NE: return c != 0;
    case CMP_GT: return c > 0;
    case CMP_GE: return c >= 0;
  }
  return false;
}

/* Lexicographic comparison of two arrays of items (lists or tuples). */
static bool compare_seq(VM *vm, int op, Value *xs, size_t nx, Value *ys, size_t ny,
                        Value *out) {
  size_t i = 0;
  for (; i < nx && i < ny; i++) {
    int e = item_eq(vm, xs[i], ys[i]);
    if (e < 0) return false;
    if (!e) break;
  }
  if (i >= nx || i >= ny) {
    int c = nx < ny ? -1 : nx > ny;
    *out = BOOL_VAL(cmp_result(op, c));
    return true;
  }
  if (op == CMP_EQ) { *out = BOOL_VAL(false); return true; }
  if (op == CMP_NE) { *out = BOOL_VAL(true); return true; }
  return value_compare(vm, op, xs[i], ys[i], out);
}

static bool compare_values(VM *vm, int op, Value a, Value b, Value *out) {
  /* Fast paths: numbers and strs. */
  if (is_number(a) && is_number(b)) {
    int c = cmp_numbers(a, b);
    *out = BOOL_VAL(c == 2 ? op == CMP_NE : cmp_result(op, c));
    return true;
  }
  if (IS_STR(a) && IS_STR(b)) {
    *out = BOOL_VAL(cmp_result(op, str_compare(AS_STR(a), AS_STR(b))));
    return true;
  }
  /* Python classes: the operator's dunder, then the reflected one. */
  static const char *const names[] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
  static const int reflected[] = {CMP_GT, CMP_GE, CMP_EQ, CMP_NE, CMP_LT, CMP_LE};
  if (has_custom_class(a) || has_custom_class(b)) {
    /* A subclass on the right goes first with the reflected operator. */
    bool swap = reflected_first(vm, a, b);
    Value first = swap ? b : a, second = swap ? a : b;
    int first_op = swap ? reflected[op] : op, second_op = swap ? op : reflected[op];
    int called = ops_call_dunder(vm, first, names[first_op], 1, &second, out);
    if (called < 0) return false;
    if (called && !is_not_implemented(vm, *out)) return true;
    called = ops_call_dunder(vm, second, names[second_op], 1, &first, out);
    if (called < 0) return false;
    if (called && !is_not_implemented(vm, *out)) return true;
    if (op == CMP_NE) {
      called = ops_call_dunder(vm, first, "__eq__", 1, &second, out);
      if (called < 0) return false;
      if (called && !is_not_implemented(vm, *out)) {
        int t = value_truthy(vm, *out);
        if (t < 0) return false;
        *out = BOOL_VAL(!t);
        return true;
      }
    }
  }
  if (op == CMP_EQ || op == CMP_NE) {
    int e = value_eq(vm, a, b);
    if (e < 0) return false;
    *out = BOOL_VAL(op == CMP_EQ ? e : !e);
    return true;
  }
  if (IS_LIST(a) && IS_LIST(b))
    return compare_seq(vm, op, AS_LIST(a)->items, AS_LIST(a)->count, AS_LIST(b)->items,
                       AS_LIST(b)->count, out);
  if (IS_TUPLE(a) && IS_TUPLE(b))
    return compare_seq(vm, op, AS_TUPLE(a)->items, AS_TUPLE(a)->count, AS_TUPLE(b)->items,
                       AS_TUPLE(b)->count, out);
  if (IS_SET(a) && IS_SET(b)) return set_compare(vm, op, AS_SET(a), AS_SET(b), out);
  return vm_raise(vm, vm->exc_TypeError, "'%s' not supported between instances of '%s' and '%s'",
                  compare_op_symbol(op), value_type_name(vm, a), value_type_name(vm, b));
}

/* }====================================================== */

/* {====================================================== arithmetic */

const char *binary_op_symbol(int op) {
  static const char *const sym[] = {
    "+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^",
    "+=", "&=", "//=", "<<=", "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^=",
  };
  return op >= 0 && op <= NB_INPLACE_XOR ? sym[op] : "?";
}

/* An int operation whose result leaves int64: redo it with big ints. */
static bool overflow(VM *vm, int op, Value a, Value b, Value *out) {
  return bigint_binary(vm, op, a, b, out) > 0;
}

/* Python's floor division and modulo of ints (b != 0). */
static int64_t floor_div(int64_t a, int64_t b) {
  int64_t q = a / b;
  if ((a % b != 0) && ((a < 0) != (b < 0))) q--;
  return q;
}
static int64_t floor_mod(int64_t a, int64_t b) {
  int64_t m = a % b;
  if (m != 0 && ((m < 0) != (b < 0))) m += b;
  return m;
}

/* int ** int for a non-negative exponent: false if it leaves int64. */
static bool int_pow(int64_t base, int64_t exp, int64_t *out) {
  int64_t result = 1;
  while (exp > 0) {
    if (exp & 1) {
      if (__builtin_mul_overflow(result, base, &result)) return false;
    }
    exp >>= 1;
    if (exp > 0 && __builtin_mul_overflow(base, base, &base)) return false;
  }
  *out = result;
  return true;
}

/* Is [x] beyond the ints a double holds exactly (2**53)? */
static bool inexact_double(int64_t x) { return x > (1LL << 53) || x < -(1LL << 53); }

/* Arithmetic on two ints (bools count as ints).  [op] is the non-inplace op. */
static bool int_binary(VM *vm, int op, Value va, Value vb, Value *out) {
  int64_t a = AS_INTLIKE(va), b = AS_INTLIKE(vb), r;
  switch (op) {
    case NB_ADD: if (__builtin_add_overflow(a, b, &r)) return overflow(vm, op, va, vb, out); break;
    case NB_SUBTRACT: if (__builtin_sub_overflow(a, b, &r)) return overflow(vm, op, va, vb, out); break;
    case NB_MULTIPLY: if (__builtin_mul_overflow(a, b, &r)) return overflow(vm, op, va, vb, out); break;
    case NB_TRUE_DIVIDE:
      if (b == 0) return vm_raise(vm, vm->exc_ZeroDivisionError, "division by zero");
      /* Beyond 2**53 the quotient must be rounded once, from the exact value. */
      if (inexact_double(a) || inexact_double(b)) return overflow(vm, op, va, vb, out);
      *out = FLOAT_VAL((double)a / (double)b);
      return true;
    case NB_FLOOR_DIVIDE:
      if (b == 0) return vm_raise(vm, vm->exc_ZeroDivisionError, "integer division or modulo by zero");
      if (a == INT64_MIN && b == -1) return overflow(vm, op, va, vb, out);
      r = floor_div(a, b);
      break;
    case NB_REMAINDER:
      if (b == 0) return vm_raise(vm, vm->exc_ZeroDivisionError, "integer modulo by zero");
      r = b == -1 ? 0 : floor_mod(a, b);
      break;
    case NB_POWER:
      if (b < 0) {
        if (a == 0)
          return vm_raise(vm, vm->exc_ZeroDivisionError, "0.0 cannot be raised to a negative power");
        *out = FLOAT_VAL(pow((double)a, (double)b));
        return true;
      }
      if (!int_pow(a, b, &r)) return overflow(vm, op, va, vb, out);
      break;
    case NB_LSHIFT:
      if (b < 0) return vm_raise(vm, vm->exc_ValueError, "negative shift count");
      if (a == 0) { r = 0; break; }
      if (b >= 63) return overflow(vm, op, va, vb, out);
      r = (int64_t)((uint64_t)a << b);
      if ((r >> b) != a) return overflow(vm, op, va, vb, out);
      break;
    case NB_RSHIFT:
      if (b < 0) return vm_raise(vm, vm->exc_ValueError, "negative shift count");
      r = b >= 63 ? (a < 0 ? -1 : 0) : a >> b;
      break;
    case NB_AND: r = a & b; if (IS_BOOL(va) && IS_BOOL(vb)) { *out = BOOL_VAL(r); return true; } break;
    case NB_OR: r = a | b; if (IS_BOOL(va) && IS_BOOL(vb)) { *out = BOOL_VAL(r); return true; } break;
    case NB_XOR: r = a ^ b; if (IS_BOOL(va) && IS_BOOL(vb)) { *out = BOOL_VAL(r); return true; } break;
    default: return false;   /* not an int operator: caller reports */
  }
  *out = INT_VAL(r);
  return true;
}

bool num_to_double(VM *vm, Value v, double *out) {
  if (IS_FLOAT(v)) { *out = AS_FLOAT(v); return true; }
  if (IS_INTLIKE(v)) { *out = (double)AS_INTLIKE(v); return true; }
  if (IS_BIGINT(v)) return bigint_to_double(vm, v, out);
  return vm_raise(vm, vm->exc_TypeError, "must be real number, not %s", value_type_name(vm, v));
}

/* Arithmetic where at least one side is a float. */
static bool float_binary(VM *vm, int op, double a, double b, Value *out) {
  switch (op) {
    case NB_ADD: *out = FLOAT_VAL(a + b); return true;
    case NB_SUBTRACT: *out = FLOAT_VAL(a - b); return true;
    case NB_MULTIPLY: *out = FLOAT_VAL(a * b); return true;
    case NB_TRUE_DIVIDE:
      if (b == 0.0) return vm_raise(vm, vm->exc_ZeroDivisionError, "float division by zero");
      *out = FLOAT_VAL(a / b);
      return true;
    case NB_FLOOR_DIVIDE:
    case NB_REMAINDER: {
      if (b == 0.0)
        return vm_raise(vm, vm->exc_ZeroDivisionError,
                        op == NB_REMAINDER ? "float modulo" : "float floor division by zero");
      /* CPython's float_divmod. */
      double mod = fmod(a, b), div = (a - mod) / b, floordiv;
      if (mod != 0.0) {
        if ((b < 0) != (mod < 0)) { mod += b; div -= 1.0; }
      } else {
        mod = copysign(0.0, b);
      }
      if (div != 0.0) {
        floordiv = floor(div);
        if (div - floordiv > 0.5) floordiv += 1.0;
      } else {
        floordiv = copysign(0.0, a / b);
      }
      *out = FLOAT_VAL(op == NB_REMAINDER ? mod : floordiv);
      return true;
    }
    case NB_POWER: {
      if (a == 0.0 && b < 0.0)
        return vm_raise(vm, vm->exc_ZeroDivisionError, "0.0 cannot be raised to a negative power");
      if (a < 0.0 && b != floor(b) && isfinite(b))
        return vm_raise(vm, vm->exc_ValueError, "math domain error (complex results are not supported)");
      double r = pow(a, b);
      if (isinf(r) && isfinite(a) && isfinite(b))
        return vm_raise(vm, vm->exc_OverflowError, "(34, 'Numerical result out of range')");
      *out = FLOAT_VAL(r);
      return true;
    }
    default: return false;
  }
}

/* seq * n for str, list and tuple (n already an int). */
static bool repeat_seq(VM *vm, Value seq, int64_t n, Value *out) {
  if (n < 0) n = 0;
  Obj *o = AS_OBJ(seq);
  if (o->kind == OBJ_STR) {
    ObjStr *s = (ObjStr *)o;
    /* more characters than a Py_ssize_t counts: CPython's unicode_repeat */
    if (n > 0 && s->length > (size_t)INT64_MAX / (size_t)n)
      return vm_raise(vm, vm->exc_OverflowError, "repeated string is too long");
    if (n > 0 && s->len > (size_t)INT32_MAX / (size_t)n)
      return vm_raise_memory(vm);
    size_t total = s->len * (size_t)n;
    char *buf = malloc(total + 1);
    if (buf == NULL) return vm_raise_memory(vm);
    for (int64_t i = 0; i < n; i++) memcpy(buf + (size_t)i * s->len, s->chars, s->len);
    ObjStr *r = str_new(vm, buf, total);
    free(buf);
    if (r == NULL) return false;
    *out = OBJ_VAL(r);
    return true;
  }
  Value *items = o->kind == OBJ_LIST ? ((ObjList *)o)->items : ((ObjTuple *)o)->items;
  size_t count = o->kind == OBJ_LIST ? ((ObjList *)o)->count : ((ObjTuple *)o)->count;
  if (n > 0 && count > (size_t)INT32_MAX / (size_t)n)
    return vm_raise_memory(vm);
  size_t total = count * (size_t)n;
  if (o->kind == OBJ_LIST) {
    ObjList *l = list_new(vm, total);
    if (l == NULL) return false;
    for (int64_t i = 0; i < n; i++)
      for (size_t j = 0; j < count; j++) l->items[l->count++] = items[j];
    *out = OBJ_VAL(l);
  } else {
    ObjTuple *t = tuple_new(vm, total);
    if (t == NULL) return false;
    for (int64_t i = 0; i < n; i++)
      for (size_t j = 0; j < count; j++) t->items[(size_t)i * count + j] = items[j];
    *out = OBJ_VAL(t);
  }
  return true;
}

/* Concatenate two arrays into a new list or tuple. */
static bool concat(VM *vm, bool list, Value *xs, size_t nx, Value *ys, size_t ny, Value *out) {
  if (list) {
    ObjList *l = list_new(vm, nx + ny);
    if (l == NULL) return false;
    if (nx > 0) memcpy(l->items, xs, sizeof(Value) * nx);      /* empty lists have no array */
    if (ny > 0) memcpy(l->items + nx, ys, sizeof(Value) * ny);
    l->count = nx + ny;
    *out = OBJ_VAL(l);
  } else {
    ObjTuple *t = tuple_new(vm, nx + ny);
    if (t == NULL) return false;
    if (nx > 0) memcpy(t->items, xs, sizeof(Value) * nx);
    if (ny > 0) memcpy(t->items + nx, ys, sizeof(Value) * ny);
    *out = OBJ_VAL(t);
  }
  return true;
}

static const char *const binop_names[][3] = {
  /* op, reflected, in-place */
  {"__add__", "__radd__", "__iadd__"}, {"__and__", "__rand__", "__iand__"},
  {"__floordiv__", "__rfloordiv__", "__ifloordiv__"}, {"__lshift__", "__rlshift__", "__ilshift__"},
  {"__matmul__", "__rmatmul__", "__imatmul__"}, {"__mul__", "__rmul__", "__imul__"},
  {"__mod__", "__rmod__", "__imod__"}, {"__or__", "__ror__", "__ior__"},
  {"__pow__", "__rpow__", "__ipow__"}, {"__rshift__", "__rrshift__", "__irshift__"},
  {"__sub__", "__rsub__", "__isub__"}, {"__truediv__", "__rtruediv__", "__itruediv__"},
  {"__xor__", "__rxor__", "__ixor__"},
};

/* The builtin (non-dunder) behaviour of a binary operator: 1 done, 0 not
** supported for these types, -1 error. */
static int builtin_binary(VM *vm, int base, bool inplace, Value a, Value b, Value *out) {
  if (IS_INTLIKE(a) && IS_INTLIKE(b))
    return base == NB_MATRIX_MULTIPLY ? 0 : int_binary(vm, base, a, b, out) ? 1 : -1;
  if (IS_ANYINT(a) && IS_ANYINT(b)) return bigint_binary(vm, base, a, b, out);
  if (is_number(a) && is_number(b)) {
    if (base == NB_AND || base == NB_OR || base == NB_XOR || base == NB_LSHIFT ||
        base == NB_RSHIFT || base == NB_MATRIX_MULTIPLY)
      return 0;
    double x, y;   /* a big int side: OverflowError if no float holds it */
    if (!num_to_double(vm, a, &x) || !num_to_double(vm, b, &y)) return -1;
    return float_binary(vm, base, x, y, out) ? 1 : -1;
  }
  int ka = obj_kind(a), kb = obj_kind(b);
  if (ka == OBJ_SET && kb == OBJ_SET) {
    int r = set_binary_op(vm, base, inplace, a, b, out);
    if (r != 0) return r;
  }
  if (ka == OBJ_NATIVE_ITER || kb == OBJ_NATIVE_ITER) {
    int r = set_view_binary_op(vm, base, a, b, out);   /* d.keys() & {...} */
    if (r != 0) return r;
  }
  switch (base) {
    case NB_ADD:
      if (ka == OBJ_STR && kb == OBJ_STR) {
        ObjStr *s = AS_STR(a), *t = AS_STR(b);
        if (s->len == 0) { *out = b; return 1; }
        if (t->len == 0) { *out = a; return 1; }
        StrBuf buf;
        strbuf_init(&buf);
        if (!strbuf_add(vm, &buf, s->chars, s->len) || !strbuf_add(vm, &buf, t->chars, t->len)) {
          strbuf_free(&buf);
          return -1;
        }
        ObjStr *r = strbuf_finish(vm, &buf);
        if (r == NULL) return -1;
        *out = OBJ_VAL(r);
        return 1;
      }
      if (ka == OBJ_LIST && inplace) {
        if (!list_extend_iter(vm, AS_LIST(a), b)) return -1;
        *out = a;
        return 1;
      }
      if (ka == OBJ_LIST && kb == OBJ_LIST)
        return concat(vm, true, AS_LIST(a)->items, AS_LIST(a)->count, AS_LIST(b)->items,
                      AS_LIST(b)->count, out) ? 1 : -1;
      if (ka == OBJ_TUPLE && kb == OBJ_TUPLE)
        return concat(vm, false, AS_TUPLE(a)->items, AS_TUPLE(a)->count, AS_TUPLE(b)->items,
                      AS_TUPLE(b)->count, out) ? 1 : -1;
      if ((ka == OBJ_STR || ka == OBJ_LIST || ka == OBJ_TUPLE) && !has_custom_class(b)) {
        const char *an = ka == OBJ_STR ? "str" : ka == OBJ_LIST ? "list" : "tuple";
        vm_raise(vm, vm->exc_TypeError, "can only concatenate %s (not \"%s\") to %s", an,
                 value_type_name(vm, b), an);
        return -1;
      }
      return 0;
    case NB_MULTIPLY: {
      Value seq = a, n = b;
      if (!(ka == OBJ_STR || ka == OBJ_LIST || ka == OBJ_TUPLE)) { seq = b; n = a; }
      int ks = obj_kind(seq);
      if (ks == OBJ_STR || ks == OBJ_LIST || ks == OBJ_TUPLE) {
        if (IS_BIGINT(n)) {
          vm_raise(vm, vm->exc_OverflowError, "cannot fit 'int' into an index-sized integer");
          return -1;
        }
        /* The count: an int, or an object with __index__ (the dunders of
        ** both operands have already declined). */
        int64_t times;
        Value index_fn;
        if (IS_INTLIKE(n)) {
          times = AS_INTLIKE(n);
        } else if (find_special(vm, n, "__index__", &index_fn)) {
          if (!arg_int(vm, n, &times)) return -1;
        } else {
          vm_raise(vm, vm->exc_TypeError, "can't multiply sequence by non-int of type '%s'",
                   value_type_name(vm, n));
          return -1;
        }
        if (inplace && ks == OBJ_LIST && seq.as.o == a.as.o) {
          /* list *= n repeats in place. */
          ObjList *l = AS_LIST(a);
          size_t count = l->count;
          if (times <= 0) { l->count = 0; *out = a; return 1; }
          /* the new size must be representable, as CPython's list_inplace_repeat */
          if (count > 0 && (uint64_t)times > (SIZE_MAX / sizeof(Value)) / count) return vm_raise_memory(vm) ? 1 : -1;
          size_t total = count * (size_t)times;
          if (total > l->capacity) {
            Value *items = gc_realloc(vm, l->items, l->capacity * sizeof(Value), total * sizeof(Value));
            if (items == NULL) return -1;
            l->items = items;
            l->capacity = total;
          }
          for (size_t i = count; i < total; i++) l->items[i] = l->items[i - count];
          l->count = total;
          *out = a;
          return 1;
        }
        return repeat_seq(vm, seq, times, out) ? 1 : -1;
      }
      return 0;
    }
    case NB_REMAINDER:
      if (ka == OBJ_STR) return str_percent_format(vm, AS_STR(a), b, out) ? 1 : -1;
      return 0;
    case NB_OR:
      if (ka == OBJ_DICT && kb == OBJ_DICT) {
        ObjDict *d = AS_DICT(a);
        if (!inplace) {
          d = dict_new(vm);
          if (d == NULL || !dict_update_from(vm, d, a)) return -1;
        }
        vm_push_root(vm, OBJ_VAL(d));
        bool ok = dict_update_from(vm, d, b);
        vm_pop_root(vm, 1);
        if (!ok) return -1;
        *out = OBJ_VAL(d);
        return 1;
      }
      return 0;
    default: return 0;
  }
}

bool value_binary_op(VM *vm, int op, Value a, Value b, Value *out) {
  /* The hot path first: two ints. */
  bool inplace = op >= NB_INPLACE_ADD;
  int base = inplace ? op - NB_INPLACE_ADD : op;
  if (IS_INT(a) && IS_INT(b) && base != NB_MATRIX_MULTIPLY) return int_binary(vm, base, a, b, out);
  bool custom_a = has_custom_class(a), custom_b = has_custom_class(b);
  if (custom_a || custom_b) {
    int called;
    if (inplace && custom_a) {
      called = ops_call_dunder(vm, a, binop_names[base][2], 1, &b, out);
      if (called < 0) return false;
      if (called && !is_not_implemented(vm, *out)) return true;
    }
    /* b's reflected method goes first when b's class is a subclass of a's
    ** that overrides it; it is never tried when both have the same class. */
    bool try_b = custom_b && value_class(vm, a) != value_class(vm, b);
    Value fa, fb;
    if (try_b && reflected_first(vm, a, b) && find_special(vm, b, binop_names[base][1], &fb) &&
        !(find_special(vm, a, binop_names[base][1], &fa) && IS_OBJ(fa) && IS_OBJ(fb) &&
          AS_OBJ(fa) == AS_OBJ(fb))) {
      try_b = false;
      called = ops_call_dunder(vm, b, binop_names[base][1], 1, &a, out);
      if (called < 0) return false;
      if (called && !is_not_implemented(vm, *out)) return true;
    }
    if (custom_a) {
      called = ops_call_dunder(vm, a, binop_names[base][0], 1, &b, out);
      if (called < 0) return false;
      if (called && !is_not_implemented(vm, *out)) return true;
    }
    if (try_b) {
      called = ops_call_dunder(vm, b, binop_names[base][1], 1, &a, out);
      if (called < 0) return false;
      if (called && !is_not_implemented(vm, *out)) return true;
    }
  }
  int r = builtin_binary(vm, base, inplace, a, b, out);
  if (r < 0) return false;
  if (r > 0) return true;
  if (base == NB_POWER)
    return vm_raise(vm, vm->exc_TypeError, "unsupported operand type(s) for %s or pow(): '%s' and '%s'",
                    binary_op_symbol(op), value_type_name(vm, a), value_type_name(vm, b));
  return vm_raise(vm, vm->exc_TypeError, "unsupported operand type(s) for %s: '%s' and '%s'",
                  binary_op_symbol(op), value_type_name(vm, a), value_type_name(vm, b));
}

bool value_unary_op(VM *vm, int op, Value a, Value *out) {
  if (op == UN_NOT) {
    int t = value_truthy(vm, a);
    if (t < 0) return false;
    *out = BOOL_VAL(!t);
    return true;
  }
  static const char *const names[] = {"__neg__", "__pos__", "__invert__"};
  static const char *const syms[] = {"-", "+", "~"};
  if (IS_INTLIKE(a)) {
    int64_t x = AS_INTLIKE(a);
    switch (op) {
      case UN_NEGATIVE:
        if (x == INT64_MIN) return bigint_unary(vm, op, a, out);   /* 2**63 */
        *out = INT_VAL(-x);
        return true;
      case UN_POSITIVE: *out = INT_VAL(x); return true;
      case UN_INVERT: *out = INT_VAL(~x); return true;
    }
  }
  if (IS_BIGINT(a) && op >= 0 && op <= UN_INVERT) return bigint_unary(vm, op, a, out);
  if (IS_FLOAT(a) && op != UN_INVERT) {
    *out = FLOAT_VAL(op == UN_NEGATIVE ? -AS_FLOAT(a) : AS_FLOAT(a));
    return true;
  }
  if (op >= 0 && op <= UN_INVERT) {
    int called = ops_call_dunder(vm, a, names[op], 0, NULL, out);
    if (called < 0) return false;
    if (called) return true;
  }
  return vm_raise(vm, vm->exc_TypeError, "bad operand type for unary %s: '%s'",
                  op >= 0 && op <= UN_INVERT ? syms[op] : "?", value_type_name(vm, a));
}

/* }====================================================== */

/* {====================================================== membership */

static int range_contains(VM *vm, ObjRange *r, Value item) {
  if (IS_FLOAT(item)) {
    double f = AS_FLOAT(item);
    if (f != floor(f) || !isfinite(f)) return 0;
    item = INT_VAL((int64_t)f);
  }
  if (!IS_INTLIKE(item)) return 0;
  int64_t x = AS_INTLIKE(item);
  if (r->step > 0) {
    if (x < r->start || x >= r->stop) return 0;
  } else {
    if (x > r->start || x <= r->stop) return 0;
  }
  return (x - r->start) % r->step == 0;
}

int value_contains(VM *vm, Value container, Value item) {
  Value r;
  int called = ops_call_dunder(vm, container, "__contains__", 1, &item, &r);
  if (called < 0) return -1;
  if (called) return value_truthy(vm, r);
  switch (obj_kind(container)) {
    case OBJ_STR: {
      if (!IS_STR(item)) {
        vm_raise(vm, vm->exc_TypeError, "'in <string>' requires string as left operand, not %s",
                 value_type_name(vm, item));
        return -1;
      }
      ObjStr *h = AS_STR(container), *n = AS_STR(item);
      if (n->len == 0) return 1;
      return memmem(h->chars, h->len, n->chars, n->len) != NULL;
    }
    case OBJ_LIST: {
      ObjList *l = AS_LIST(container);
      for (size_t i = 0; i < l->count; i++) {
        int e = item_eq(vm, l->items[i], item);
        if (e != 0) return e;
      }
      return 0;
    }
    case OBJ_TUPLE: {
      ObjTuple *t = AS_TUPLE(container);
      for (size_t i = 0; i < t->count; i++) {
        int e = item_eq(vm, t->items[i], item);
        if (e != 0) return e;
      }
      return 0;
    }
    case OBJ_DICT: {
      Value v;
      return dict_get(vm, AS_DICT(container), item, &v);
    }
    case OBJ_RANGE: return range_contains(vm, (ObjRange *)AS_OBJ(container), item);
    case OBJ_SET: return set_contains(vm, AS_SET(container), item);
    default: break;
  }
  int vk;
  if (is_view(vm, container, &vk)) {
    ObjDict *d = AS_DICT(((ObjNativeIter *)AS_OBJ(container))->seq);
    Value v;
    if (vk == 0) return dict_get(vm, d, item, &v);
    if (vk == 2) {
      if (!IS_TUPLE(item) || AS_TUPLE(item)->count != 2) return 0;
      int f = dict_get(vm, d, AS_TUPLE(item)->items[0], &v);
      if (f != 1) return f;
      return item_eq(vm, v, AS_TUPLE(item)->items[1]);
    }
  }
  /* Anything iterable: compare with each item. */
  Value it;
  if (!value_iter(vm, container, &it)) {
    if (vm_exception_matches(vm, vm->exc_TypeError)) {
      vm_take_exception(vm);
      vm_raise(vm, vm->exc_TypeError, "argument of type '%s' is not iterable",
               value_type_name(vm, container));
    }
    return -1;
  }
  vm_push_root(vm, it);
  int result = 0;
  for (;;) {
    Value x;
    int n = value_next(vm, it, &x);
    if (n <= 0) { result = n; break; }
    int e = item_eq(vm, x, item);
    if (e != 0) { result = e; break; }
  }
  vm_pop_root(vm, 1);
  return result;
}

/* }====================================================== */

/* {====================================================== attributes */

/* Call a property getter / a C getter with [obj]. */
static bool call_getter(VM *vm, Value fget, Value obj, Value *out) {
  return call_with_self(vm, fget, obj, 0, NULL, out);
}

/* What a class attribute [attr] becomes when read through [obj] (an
** instance, or a class when [obj_is_class]): functions bind, properties
** call their getter, staticmethods unwrap, classmethods bind the class. */
static bool bind_attr(VM *vm, Value attr, Value obj, bool obj_is_class, Value *out) {
  if (IS_FUNCTION(attr) || IS_NATIVE(attr)) {
    if (obj_is_class) { *out = attr; return true; }
    ObjBoundMethod *m = bound_method_new(vm, obj, attr);
    if (m == NULL) return false;
    *out = OBJ_VAL(m);
    return true;
  }
  if (IS_KIND(attr, OBJ_PROPERTY)) {
    ObjProperty *p = (ObjProperty *)AS_OBJ(attr);
    switch (p->kind) {
      case PROP_PROPERTY:
        if (obj_is_class) { *out = attr; return true; }
        if (IS_UNDEF(p->fget))
          return vm_raise(vm, vm->exc_AttributeError, "unreadable attribute");
        return call_getter(vm, p->fget, obj, out);
      case PROP_STATICMETHOD: *out = p->fget; return true;
      case PROP_CLASSMETHOD: {
        Value cls = obj_is_class ? obj : OBJ_VAL(value_class(vm, obj));
        ObjBoundMethod *m = bound_method_new(vm, cls, p->fget);
        if (m == NULL) return false;
        *out = OBJ_VAL(m);
        return true;
      }
    }
  }
  *out = attr;
  return true;
}

/* The module name a function was defined in (its globals' __name__). */
static Value function_module(VM *vm, ObjFunction *f) {
  Value v;
  if (f->module != NULL) return OBJ_VAL(f->module->name);
  if (f->globals && dict_get_str(f->globals, vm->s_dunder_name, &v)) return v;
  return NONE_VAL;
}

/* Attributes every kind answers by itself (before the class is asked):
** 1 found, 0 not special. */
static int special_attr(VM *vm, Value obj, ObjStr *name, Value *out) {
  const char *n = name->chars;
  if ((n[0] != '_' || n[1] != '_') && !IS_KIND(obj, OBJ_CODE) && !IS_KIND(obj, OBJ_RANGE) &&
      !IS_KIND(obj, OBJ_NATIVE_ITER) && !IS_KIND(obj, OBJ_CORO) && !IS_KIND(obj, OBJ_CELL))
    return 0;
  if (strcmp(n, "__class__") == 0) { *out = OBJ_VAL(value_class(vm, obj)); return 1; }
  switch (obj_kind(obj)) {
    case OBJ_CLASS: {
      ObjClass *c = AS_CLASS(obj);
      if (strcmp(n, "__name__") == 0) { *out = OBJ_VAL(c->name); return 1; }
      if (strcmp(n, "__qualname__") == 0) { *out = OBJ_VAL(c->qualname); return 1; }
      if (strcmp(n, "__module__") == 0) {
        if (!c->is_builtin && dict_get_str(c->dict, name, out)) return 1;
        *out = c->module ? OBJ_VAL(c->module) : NONE_VAL;
        return 1;
      }
      if (strcmp(n, "__dict__") == 0) { *out = OBJ_VAL(c->dict); return 1; }
      if (strcmp(n, "__base__") == 0) { *out = c->base ? OBJ_VAL(c->base) : NONE_VAL; return 1; }
      if (strcmp(n, "__bases__") == 0) {
        ObjTuple *t = tuple_new(vm, c->base ? 1 : 0);
        if (t == NULL) return -1;
        if (c->base) t->items[0] = OBJ_VAL(c->base);
        *out = OBJ_VAL(t);
        return 1;
      }
      if (strcmp(n, "__mro__") == 0) {
        size_t k = 0;
        for (ObjClass *p = c; p; p = p->base) k++;
        ObjTuple *t = tuple_new(vm, k);
        if (t == NULL) return -1;
        k = 0;
        for (ObjClass *p = c; p; p = p->base) t->items[k++] = OBJ_VAL(p);
        *out = OBJ_VAL(t);
        return 1;
      }
      if (strcmp(n, "__doc__") == 0) {
        if (!dict_get_str(c->dict, name, out)) *out = NONE_VAL;
        return 1;
      }
      return 0;
    }
    case OBJ_FUNCTION: {
      ObjFunction *f = AS_FUNCTION(obj);
      if (strcmp(n, "__name__") == 0) { *out = OBJ_VAL(f->name); return 1; }
      if (strcmp(n, "__qualname__") == 0) { *out = OBJ_VAL(f->qualname); return 1; }
      if (strcmp(n, "__module__") == 0) { *out = function_module(vm, f); return 1; }
      if (strcmp(n, "__code__") == 0) { *out = OBJ_VAL(f->code); return 1; }
      if (strcmp(n, "__closure__") == 0) {
        *out = f->closure ? OBJ_VAL(f->closure) : NONE_VAL;
        return 1;
      }
      if (strcmp(n, "__globals__") == 0) { *out = OBJ_VAL(f->globals); return 1; }
      if (strcmp(n, "__defaults__") == 0) {
        *out = f->defaults ? OBJ_VAL(f->defaults) : NONE_VAL;
        return 1;
      }
      if (strcmp(n, "__kwdefaults__") == 0) {
        *out = f->kwdefaults ? OBJ_VAL(f->kwdefaults) : NONE_VAL;
        return 1;
      }
      if (strcmp(n, "__dict__") == 0) {
        if (f->dict == NULL && (f->dict = dict_new(vm)) == NULL) return -1;
        *out = OBJ_VAL(f->dict);
        return 1;
      }
      if (strcmp(n, "__doc__") == 0) {
        /* set by assignment, else the docstring the compiler keeps as
        ** the function's first constant */
        if (f->dict == NULL || !dict_get_str(f->dict, name, out)) {
          ObjTuple *k = f->code->consts;
          *out = k && k->count > 0 && IS_STR(k->items[0]) && strcmp(f->code->name->chars, "<lambda>") != 0
                 ? k->items[0] : NONE_VAL;
        }
        return 1;
      }
      return 0;
    }
    case OBJ_NATIVE: {
      ObjNative *f = AS_NATIVE(obj);
      if (strcmp(n, "__name__") == 0 || strcmp(n, "__qualname__") == 0) {
        ObjStr *s = str_from_cstr(vm, f->name);
        if (s == NULL) return -1;
        *out = OBJ_VAL(s);
        return 1;
      }
      if (strcmp(n, "__doc__") == 0) { *out = NONE_VAL; return 1; }
      if (strcmp(n, "__self__") == 0) { *out = NONE_VAL; return 1; }
      return 0;
    }
    case OBJ_BOUND_METHOD: {
      ObjBoundMethod *m = (ObjBoundMethod *)AS_OBJ(obj);
      if (strcmp(n, "__self__") == 0) { *out = m->self; return 1; }
      if (strcmp(n, "__func__") == 0) { *out = m->func; return 1; }
      return value_lookup_attr(vm, m->func, name, out);
    }
    case OBJ_MODULE: {
      ObjModule *m = AS_MODULE(obj);
      if (strcmp(n, "__dict__") == 0) { *out = OBJ_VAL(m->dict); return 1; }
      return 0;
    }
    case OBJ_INSTANCE: {
      if (strcmp(n, "__dict__") == 0) { *out = OBJ_VAL(AS_INSTANCE(obj)->dict); return 1; }
      return 0;
    }
    case OBJ_CORO: {
      ObjCoro *c = AS_CORO(obj);
      if (strcmp(n, "__name__") == 0) { *out = coro_name(c) ? OBJ_VAL(coro_name(c)) : NONE_VAL; return 1; }
      if (strcmp(n, "__qualname__") == 0) {
        *out = coro_qualname(c) ? OBJ_VAL(coro_qualname(c)) : NONE_VAL;
        return 1;
      }
      const char *p = c->is_coroutine ? "cr_" : c->is_async_gen ? "ag_" : "gi_";
      if (strncmp(n, p, 3) != 0) return 0;
      if (strcmp(n + 3, "code") == 0) { *out = coro_code(c) ? OBJ_VAL(coro_code(c)) : NONE_VAL; return 1; }
      if (strcmp(n + 3, "running") == 0) { *out = BOOL_VAL(c->state == CORO_RUNNING); return 1; }
      if (strcmp(n + 3, "suspended") == 0) { *out = BOOL_VAL(c->state == CORO_SUSPENDED); return 1; }
      if (strcmp(n + 3, "frame") == 0) { *out = c->frame ? frame_escape(c->frame) : NONE_VAL; return 1; }
      if (strcmp(n, "cr_await") == 0 || strcmp(n, "gi_yieldfrom") == 0 || strcmp(n, "ag_await") == 0) {
        *out = coro_awaiting_escape(c);
        return 1;
      }
      return 0;
    }
    case OBJ_CODE: {
      ObjCode *c = AS_CODE(obj);
      if (strcmp(n, "co_name") == 0) { *out = c->name ? OBJ_VAL(c->name) : NONE_VAL; return 1; }
      if (strcmp(n, "co_qualname") == 0) {
        *out = c->qualname ? OBJ_VAL(c->qualname) : NONE_VAL;
        return 1;
      }
      if (strcmp(n, "co_filename") == 0) {
        *out = c->filename ? OBJ_VAL(c->filename) : NONE_VAL;
        return 1;
      }
      if (strcmp(n, "co_firstlineno") == 0) { *out = INT_VAL(c->firstlineno); return 1; }
      if (strcmp(n, "co_flags") == 0) { *out = INT_VAL(c->flags); return 1; }
      if (strcmp(n, "co_argcount") == 0) { *out = INT_VAL(c->argcount); return 1; }
      if (strcmp(n, "co_posonlyargcount") == 0) { *out = INT_VAL(c->posonlyargcount); return 1; }
      if (strcmp(n, "co_kwonlyargcount") == 0) { *out = INT_VAL(c->kwonlyargcount); return 1; }
      if (strcmp(n, "co_nlocals") == 0) { *out = INT_VAL(c->nlocals); return 1; }
      if (strcmp(n, "co_stacksize") == 0) { *out = INT_VAL(c->stacksize); return 1; }
      /* The name tuples; an absent one is the empty tuple. */
      ObjTuple *t = NULL;
      bool is_tuple = true;
      if (strcmp(n, "co_varnames") == 0) t = c->varnames;
      else if (strcmp(n, "co_cellvars") == 0) t = c->cellvars;
      else if (strcmp(n, "co_freevars") == 0) t = c->freevars;
      else if (strcmp(n, "co_names") == 0) t = c->names;
      else if (strcmp(n, "co_consts") == 0) t = c->consts;
      else is_tuple = false;
      if (!is_tuple) return 0;
      if (t == NULL && (t = tuple_new(vm, 0)) == NULL) return -1;
      *out = OBJ_VAL(t);
      return 1;
    }
    case OBJ_CELL: {
      if (strcmp(n, "cell_contents") != 0) return 0;
      if (IS_UNDEF(AS_CELL(obj)->value))
        return vm_raise(vm, vm->exc_ValueError, "Cell is empty") ? 1 : -1;
      *out = AS_CELL(obj)->value;
      return 1;
    }
    case OBJ_RANGE: {
      ObjRange *r = (ObjRange *)AS_OBJ(obj);
      if (strcmp(n, "start") == 0) { *out = INT_VAL(r->start); return 1; }
      if (strcmp(n, "stop") == 0) { *out = INT_VAL(r->stop); return 1; }
      if (strcmp(n, "step") == 0) { *out = INT_VAL(r->step); return 1; }
      return 0;
    }
    case OBJ_NATIVE_ITER: {
      ObjNativeIter *it = (ObjNativeIter *)AS_OBJ(obj);
      if (it->obj.cls != RT(vm)->t_slice) return 0;
      ObjTuple *t = AS_TUPLE(it->seq);
      if (strcmp(n, "start") == 0) { *out = t->items[0]; return 1; }
      if (strcmp(n, "stop") == 0) { *out = t->items[1]; return 1; }
      if (strcmp(n, "step") == 0) { *out = t->items[2]; return 1; }
      return 0;
    }
    case OBJ_PROPERTY: {
      ObjProperty *p = (ObjProperty *)AS_OBJ(obj);
      if (strcmp(n, "fget") == 0 || strcmp(n, "__func__") == 0) { *out = p->fget; return 1; }
      return 0;
    }
    default: return 0;
  }
}

/* value_lookup_attr, and value_getattr when [quiet] is false: then an
** AttributeError raised by a __getattr__ is kept (returns -1), so it
** propagates with its own message. */
static int lookup_attr(VM *vm, Value obj, ObjStr *name, Value *out, bool quiet) {
  if (IS_KIND(obj, OBJ_SUPER)) return super_lookup_attr(vm, obj, name, out);
  int s = special_attr(vm, obj, name, out);
  if (s != 0) return s;
  Value attr;
  switch (obj_kind(obj)) {
    case OBJ_MODULE:
      if (dict_get_str(AS_MODULE(obj)->dict, name, out)) return 1;
      /* PEP 562: a module-level __getattr__(name) answers the rest */
      Value ga;
      if (!str_eq(name, rt_name(vm, "__getattr__")) &&
          dict_get_str(AS_MODULE(obj)->dict, rt_name(vm, "__getattr__"), &ga)) {
        Value arg = OBJ_VAL(name);
        if (vm_call(vm, ga, 1, &arg, NULL, out)) return 1;
        if (vm_exception_matches(vm, vm->exc_AttributeError)) { vm_take_exception(vm); return 0; }
        return -1;
      }
      return 0;
    case OBJ_CLASS: {
      if (class_lookup(AS_CLASS(obj), name, &attr))
        return bind_attr(vm, attr, obj, true, out) ? 1 : -1;
      /* Then the metaclass (type): C.mro() binds to the class. */
      if (class_lookup(vm->t_type, name, &attr))
        return bind_attr(vm, attr, obj, false, out) ? 1 : -1;
      return 0;
    }
    case OBJ_EXCEPTION: {
      int r = exc_getattr(vm, AS_EXCEPTION(obj), name, out);
      if (r != 0) return r;
      break;
    }
    case OBJ_FUNCTION: {
      ObjFunction *f = AS_FUNCTION(obj);
      if (f->dict && dict_get_str(f->dict, name, out)) return 1;
      break;
    }
    case OBJ_INSTANCE: {
      ObjClass *cls = AS_OBJ(obj)->cls;
      bool found = class_lookup(cls, name, &attr);
      /* A property (data descriptor) wins over the instance dict. */
      if (found && IS_KIND(attr, OBJ_PROPERTY) &&
          ((ObjProperty *)AS_OBJ(attr))->kind == PROP_PROPERTY)
        return bind_attr(vm, attr, obj, false, out) ? 1 : -1;
      ObjDict *d = AS_INSTANCE(obj)->dict;
      if (d && dict_get_str(d, name, out)) return 1;
      if (found) return bind_attr(vm, attr, obj, false, out) ? 1 : -1;
      /* __getattr__ is the last resort. */
      Value ga;
      if (!cls->is_builtin && class_lookup(cls, rt_name(vm, "__getattr__"), &ga)) {
        Value arg = OBJ_VAL(name);
        if (call_with_self(vm, ga, obj, 1, &arg, out)) return 1;
        if (quiet && vm_exception_matches(vm, vm->exc_AttributeError)) {
          vm_take_exception(vm);
          return 0;
        }
        return -1;
      }
      return 0;
    }
    default: break;
  }
  if (class_lookup(value_class(vm, obj), name, &attr))
    return bind_attr(vm, attr, obj, false, out) ? 1 : -1;
  return 0;
}

int value_lookup_attr(VM *vm, Value obj, ObjStr *name, Value *out) {
  return lookup_attr(vm, obj, name, out, true);
}

/* AttributeError: property [p] of a [cls] object has no [what] ("setter",
** "deleter"), named as CPython names it: by its name in the class body
** that made it, when there was one. */
static bool property_lacks(VM *vm, ObjProperty *p, ObjClass *cls, const char *what) {
  if (p->name)
    return vm_raise(vm, vm->exc_AttributeError, "property '%s' of '%s' object has no %s", p->name->chars,
                    cls->name->chars, what);
  return vm_raise(vm, vm->exc_AttributeError, "property of '%s' object has no %s", cls->name->chars, what);
}

/* AttributeError for a missing attribute, in CPython's three forms. */
static bool no_attribute(VM *vm, Value obj, ObjStr *name) {
  if (IS_KIND(obj, OBJ_MODULE))
    return vm_raise(vm, vm->exc_AttributeError, "module '%s' has no attribute '%s'",
                    AS_MODULE(obj)->name->chars, name->chars);
  if (IS_CLASS(obj))
    return vm_raise(vm, vm->exc_AttributeError, "type object '%s' has no attribute '%s'",
                    AS_CLASS(obj)->name->chars, name->chars);
  return vm_raise(vm, vm->exc_AttributeError, "'%s' object has no attribute '%s'",
                  value_type_name(vm, obj), name->chars);
}

bool value_getattr(VM *vm, Value obj, ObjStr *name, Value *out) {
  int r = lookup_attr(vm, obj, name, out, false);
  if (r > 0) return true;
  if (r == 0) no_attribute(vm, obj, name);
  exc_record_attribute_error(vm, obj, name);   /* .name and .obj, for "Did you mean" */
  return false;
}

int value_get_method(VM *vm, Value obj, ObjStr *name, Value *method) {
  Value attr;
  int k = obj_kind(obj);
  if (k != OBJ_MODULE && k != OBJ_CLASS && k != OBJ_BOUND_METHOD && k != OBJ_SUPER &&
      class_lookup(value_class(vm, obj), name, &attr) && (IS_FUNCTION(attr) || IS_NATIVE(attr))) {
    /* Shadowed by the instance's own attribute? */
    Value own;
    if (k == OBJ_INSTANCE && AS_INSTANCE(obj)->dict && dict_get_str(AS_INSTANCE(obj)->dict, name, &own)) {
      *method = own;
      return 0;
    }
    if (k == OBJ_FUNCTION && AS_FUNCTION(obj)->dict &&
        dict_get_str(AS_FUNCTION(obj)->dict, name, &own)) {
      *method = own;
      return 0;
    }
    *method = attr;
    return 1;
  }
  return value_getattr(vm, obj, name, method) ? 0 : -1;
}

bool value_setattr(VM *vm, Value obj, ObjStr *name, Value v) {
  return value_setattr_hint(vm, obj, name, v, NULL);
}

bool value_setattr_hint(VM *vm, Value obj, ObjStr *name, Value v, uint32_t *hint) {
  Value attr;
  switch (obj_kind(obj)) {
    case OBJ_INSTANCE: {
      ObjClass *cls = AS_OBJ(obj)->cls;
      if (class_lookup(cls, name, &attr) && IS_KIND(attr, OBJ_PROPERTY) &&
          ((ObjProperty *)AS_OBJ(attr))->kind == PROP_PROPERTY) {
        ObjProperty *p = (ObjProperty *)AS_OBJ(attr);
        if (IS_UNDEF(p->fset) || IS_NONE(p->fset))
          return property_lacks(vm, p, cls, "setter");
        Value r;
        return call_with_self(vm, p->fset, obj, 1, &v, &r);
      }
      Value fn;
      if (find_special(vm, obj, "__setattr__", &fn) && !IS_NATIVE(fn)) {
        Value args[2] = {OBJ_VAL(name), v}, r;
        vm_push_root(vm, v);
        bool ok = call_with_self(vm, fn, obj, 2, args, &r);
        vm_pop_root(vm, 1);
        return ok;
      }
      if (AS_INSTANCE(obj)->dict == NULL) break;
      if (hint != NULL) return dict_set_str_hint(vm, AS_INSTANCE(obj)->dict, name, hint, v);
      return dict_set(vm, AS_INSTANCE(obj)->dict, OBJ_VAL(name), v);
    }
    case OBJ_CLASS: {
      ObjClass *c = AS_CLASS(obj);
      if (c->is_builtin)
        return vm_raise(vm, vm->exc_TypeError,
                        "cannot set '%s' attribute of immutable type '%s'", name->chars,
                        c->name->chars);
      return dict_set(vm, c->dict, OBJ_VAL(name), v);
    }
    case OBJ_MODULE: return dict_set(vm, AS_MODULE(obj)->dict, OBJ_VAL(name), v);
    case OBJ_FUNCTION: {
      ObjFunction *f = AS_FUNCTION(obj);
      if (strcmp(name->chars, "__name__") == 0 && IS_STR(v)) { f->name = AS_STR(v); return true; }
      if (strcmp(name->chars, "__qualname__") == 0 && IS_STR(v)) {
        f->qualname = AS_STR(v);
        return true;
      }
      if (f->dict == NULL && (f->dict = dict_new(vm)) == NULL) return false;
      return dict_set(vm, f->dict, OBJ_VAL(name), v);
    }
    case OBJ_EXCEPTION: return exc_setattr(vm, AS_EXCEPTION(obj), name, v);
    default: break;
  }
  if (class_lookup(value_class(vm, obj), name, &attr))
    return vm_raise(vm, vm->exc_AttributeError, "'%s' object attribute '%s' is read-only",
                    value_type_name(vm, obj), name->chars);
  return no_attribute(vm, obj, name);
}

bool value_delattr(VM *vm, Value obj, ObjStr *name) {
  ObjDict *d = NULL;
  Value attr;
  switch (obj_kind(obj)) {
    case OBJ_INSTANCE: {
      /* A property's deleter runs instead of touching the dict. */
      ObjClass *cls = AS_OBJ(obj)->cls;
      if (class_lookup(cls, name, &attr) && IS_KIND(attr, OBJ_PROPERTY) &&
          ((ObjProperty *)AS_OBJ(attr))->kind == PROP_PROPERTY) {
        ObjProperty *p = (ObjProperty *)AS_OBJ(attr);
        if (IS_UNDEF(p->fdel) || IS_NONE(p->fdel))
          return property_lacks(vm, p, cls, "deleter");
        Value r;
        return call_with_self(vm, p->fdel, obj, 0, NULL, &r);
      }
      d = AS_INSTANCE(obj)->dict;
      break;
    }
    case OBJ_MODULE: d = AS_MODULE(obj)->dict; break;
    case OBJ_FUNCTION: d = AS_FUNCTION(obj)->dict; break;
    case OBJ_EXCEPTION: d = AS_EXCEPTION(obj)->dict; break;
    case OBJ_CLASS:
      if (!AS_CLASS(obj)->is_builtin) d = AS_CLASS(obj)->dict;
      else return vm_raise(vm, vm->exc_TypeError,
                           "cannot set '%s' attribute of immutable type '%s'", name->chars,
                           AS_CLASS(obj)->name->chars);
      break;
    default: break;
  }
  if (d != NULL) {
    int r = dict_del(vm, d, OBJ_VAL(name), NULL);
    if (r < 0) return false;
    if (r > 0) return true;
  }
  return no_attribute(vm, obj, name);
}

/* }====================================================== */

/* {====================================================== subscripts */

bool ops_seq_index(int64_t len, int64_t i, int64_t *out) {
  if (i < 0) i += len;
  if (i < 0 || i >= len) return false;
  *out = i;
  return true;
}

bool ops_is_slice(VM *vm, Value v) {
  return IS_KIND(v, OBJ_NATIVE_ITER) && AS_OBJ(v)->cls == RT(vm)->t_slice;
}

bool value_make_slice(VM *vm, Value start, Value stop, Value step, Value *out) {
  ObjTuple *t = tuple_new(vm, 3);
  if (t == NULL) return false;
  t->items[0] = IS_UNDEF(start) ? NONE_VAL : start;
  t->items[1] = IS_UNDEF(stop) ? NONE_VAL : stop;
  t->items[2] = IS_UNDEF(step) ? NONE_VAL : step;
  ObjNativeIter *s = native_iter_new(vm, OBJ_VAL(t), NULL);
  if (s == NULL) return false;
  s->obj.cls = RT(vm)->t_slice;
  *out = OBJ_VAL(s);
  return true;
}

/* One bound of a slice: an int or None (false after TypeError). */
static bool slice_bound(VM *vm, Value v, bool *none, int64_t *out) {
  if (IS_NONE(v) || IS_UNDEF(v)) { *none = true; return true; }
  *none = false;
  if (IS_INTLIKE(v)) { *out = AS_INTLIKE(v); return true; }
  /* A big bound clamps like any bound past the end, as CPython's. */
  if (IS_BIGINT(v)) { *out = bigint_cmp(v, INT_VAL(0)) < 0 ? INT64_MIN / 2 : INT64_MAX / 2; return true; }
  Value fn;
  if (find_special(vm, v, "__index__", &fn)) return arg_int(vm, v, out);
  return vm_raise(vm, vm->exc_TypeError,
                  "slice indices must be integers or None or have an __index__ method");
}

bool ops_slice_indices(VM *vm, Value slice, int64_t n, int64_t *start, int64_t *stop,
                       int64_t *step, int64_t *count) {
  ObjTuple *t = AS_TUPLE(((ObjNativeIter *)AS_OBJ(slice))->seq);
  bool none_start, none_stop, none_step;
  int64_t a = 0, b = 0, s = 1;
  if (!slice_bound(vm, t->items[2], &none_step, &s)) return false;
  if (none_step) s = 1;
  if (s == 0) return vm_raise(vm, vm->exc_ValueError, "slice step cannot be zero");
  if (!slice_bound(vm, t->items[0], &none_start, &a)) return false;
  if (!slice_bound(vm, t->items[1], &none_stop, &b)) return false;
  if (none_start) a = s < 0 ? n - 1 : 0;
  else if (a < 0) { a += n; if (a < 0) a = s < 0 ? -1 : 0; }
  else if (a >= n) a = s < 0 ? n - 1 : n;
  if (none_stop) b = s < 0 ? -1 : n;
  else if (b < 0) { b += n; if (b < 0) b = s < 0 ? -1 : 0; }
  else if (b >= n) b = s < 0 ? n - 1 : n;
  int64_t c = 0;
  if (s < 0) { if (b < a) c = (a - b - 1) / (-s) + 1; }
  else if (a < b) c = (b - a - 1) / s + 1;
  *start = a; *stop = b; *step = s; *count = c;
  return true;
}

static int64_t range_length(ObjRange *r) {
  if (r->step > 0 && r->start < r->stop) return (r->stop - r->start - 1) / r->step + 1;
  if (r->step < 0 && r->start > r->stop) return (r->start - r->stop - 1) / (-r->step) + 1;
  return 0;
}

/* items[key] for a list or tuple of [n] items. */
static bool seq_getitem(VM *vm, Value obj, Value *items, size_t n, Value key, Value *out,
                        const char *what) {
  if (IS_INTLIKE(key)) {
    int64_t i;
    if (!ops_seq_index((int64_t)n, AS_INTLIKE(key), &i))
      return vm_raise(vm, vm->exc_IndexError, "%s index out of range", what);
    *out = items[i];
    return true;
  }
  if (ops_is_slice(vm, key)) {
    int64_t start, stop, step, count;
    if (!ops_slice_indices(vm, key, (int64_t)n, &start, &stop, &step, &count)) return false;
    bool is_list = IS_LIST(obj);
    if (is_list) {
      ObjList *l = list_new(vm, (size_t)count);
      if (l == NULL) return false;
      for (int64_t i = 0, j = start; i < count; i++, j += step) l->items[i] = items[j];
      l->count = (size_t)count;
      *out = OBJ_VAL(l);
    } else {
      if (step == 1 && count == (int64_t)n) { *out = obj; return true; }
      ObjTuple *t = tuple_new(vm, (size_t)count);
      if (t == NULL) return false;
      for (int64_t i = 0, j = start; i < count; i++, j += step) t->items[i] = items[j];
      *out = OBJ_VAL(t);
    }
    return true;
  }
  return vm_raise(vm, vm->exc_TypeError, "%s indices must be integers or slices, not %s", what,
                  value_type_name(vm, key));
}

/* Raise KeyError(key). */
static bool key_error(VM *vm, Value key) {
  ObjException *e = exc_new(vm, vm->exc_KeyError, NULL);
  if (e == NULL) return false;
  ObjTuple *args = tuple_new(vm, 1);
  if (args == NULL) return false;
  args->items[0] = key;
  e->args = args;
  return vm_raise_value(vm, OBJ_VAL(e));
}

/* A big int index of a builtin sequence: IndexError, as CPython's
** PyNumber_AsSsize_t with IndexError. */
static bool big_index(VM *vm, Value obj, Value key) {
  int k = obj_kind(obj);
  if (!IS_BIGINT(key) || !(k == OBJ_LIST || k == OBJ_TUPLE || k == OBJ_STR || k == OBJ_RANGE))
    return false;
  vm_raise(vm, vm->exc_IndexError, "cannot fit 'int' into an index-sized integer");
  return true;
}

/* A subscript of a builtin sequence (list, tuple, str, range) that is an
** object with __index__ becomes that int, as CPython's operator.index.
** false after raising. */
static bool index_key(VM *vm, Value obj, Value *key) {
  int k = obj_kind(obj);
  Value fn;
  if (!(k == OBJ_LIST || k == OBJ_TUPLE || k == OBJ_STR || k == OBJ_RANGE) ||
      !find_special(vm, *key, "__index__", &fn))
    return true;
  int64_t i;
  if (!arg_int(vm, *key, &i)) return false;
  *key = INT_VAL(i);
  return true;
}

bool value_getitem(VM *vm, Value obj, Value key, Value *out) {
  if (big_index(vm, obj, key) || !index_key(vm, obj, &key)) return false;
  switch (obj_kind(obj)) {
    case OBJ_LIST:
      return seq_getitem(vm, obj, AS_LIST(obj)->items, AS_LIST(obj)->count, key, out, "list");
    case OBJ_TUPLE:
      return seq_getitem(vm, obj, AS_TUPLE(obj)->items, AS_TUPLE(obj)->count, key, out, "tuple");
    case OBJ_DICT: {
      int r = dict_get(vm, AS_DICT(obj), key, out);
      if (r > 0) return true;
      if (r < 0) return false;
      /* A dict subclass may define __missing__. */
      r = ops_call_dunder(vm, obj, "__missing__", 1, &key, out);
      if (r != 0) return r > 0;
      return key_error(vm, key);
    }
    case OBJ_STR: {
      ObjStr *s = AS_STR(obj);
      if (IS_INTLIKE(key)) {
        int64_t i;
        if (!ops_seq_index((int64_t)s->length, AS_INTLIKE(key), &i))
          return vm_raise(vm, vm->exc_IndexError, "string index out of range");
        ObjStr *c = str_char_at(vm, s, i);
        if (c == NULL) return false;
        *out = OBJ_VAL(c);
        return true;
      }
      if (ops_is_slice(vm, key)) {
        int64_t start, stop, step, count;
        if (!ops_slice_indices(vm, key, (int64_t)s->length, &start, &stop, &step, &count))
          return false;
        ObjStr *r = str_slice(vm, s, start, stop, step, count);
        if (r == NULL) return false;
        *out = OBJ_VAL(r);
        return true;
      }
      return vm_raise(vm, vm->exc_TypeError, "string indices must be integers, not '%s'",
                      value_type_name(vm, key));
    }
    case OBJ_RANGE: {
      ObjRange *r = (ObjRange *)AS_OBJ(obj);
      int64_t n = range_length(r);
      if (IS_INTLIKE(key)) {
        int64_t i;
        if (!ops_seq_index(n, AS_INTLIKE(key), &i))
          return vm_raise(vm, vm->exc_IndexError, "range object index out of range");
        *out = INT_VAL(r->start + i * r->step);
        return true;
      }
      if (ops_is_slice(vm, key)) {
        int64_t start, stop, step, count;
        if (!ops_slice_indices(vm, key, n, &start, &stop, &step, &count)) return false;
        ObjRange *nr = (ObjRange *)gc_alloc(vm, sizeof(ObjRange), OBJ_RANGE, vm->t_range);
        if (nr == NULL) return false;
        nr->start = r->start + start * r->step;
        nr->step = r->step * step;
        nr->stop = nr->start + count * nr->step;
        *out = OBJ_VAL(nr);
        return true;
      }
      return vm_raise(vm, vm->exc_TypeError, "range indices must be integers or slices, not %s",
                      value_type_name(vm, key));
    }
    default: break;
  }
  int called = ops_call_dunder(vm, obj, "__getitem__", 1, &key, out);
  if (called < 0) return false;
  if (called) return true;
  if (IS_CLASS(obj)) {
    /* list[int] and friends: a generic alias is just the class here. */
    Value fn;
    if (class_lookup(AS_CLASS(obj), rt_name(vm, "__class_getitem__"), &fn)) {
      /* CPython makes __class_getitem__ a classmethod even without the
      ** decorator: the class comes first. */
      if (IS_KIND(fn, OBJ_PROPERTY)) {
        ObjProperty *p = (ObjProperty *)AS_OBJ(fn);
        if (p->kind == PROP_STATICMETHOD) return vm_call(vm, p->fget, 1, &key, NULL, out);
        fn = p->fget;
      }
      Value args[2] = {obj, key};
      return vm_call(vm, fn, 2, args, NULL, out);
    }
    if (AS_CLASS(obj)->is_builtin) { *out = obj; return true; }
    return vm_raise(vm, vm->exc_TypeError, "type '%s' is not subscriptable",
                    AS_CLASS(obj)->name->chars);
  }
  return vm_raise(vm, vm->exc_TypeError, "'%s' object is not subscriptable",
                  value_type_name(vm, obj));
}

/* list[slice] = iterable. */
static bool list_set_slice(VM *vm, ObjList *l, Value key, Value v) {
  int64_t start, stop, step, count;
  if (!ops_slice_indices(vm, key, (int64_t)l->count, &start, &stop, &step, &count)) return false;
  ObjList *src = list_from_iter(vm, v);
  if (src == NULL) {
    if (vm_exception_matches(vm, vm->exc_TypeError)) {
      vm_take_exception(vm);
      vm_raise(vm, vm->exc_TypeError, "must assign iterable to extended slice");
    }
    return false;
  }
  if (step == 1) {
    /* Replace l[start:stop] by src's items (the lengths may differ). */
    if (stop < start) stop = start;
    size_t old = (size_t)(stop - start), add = src->count;
    size_t new_count = l->count - old + add;
    if (new_count > l->capacity) {
      Value *items = gc_realloc(vm, l->items, sizeof(Value) * l->capacity, sizeof(Value) * new_count);
      if (items == NULL) return false;
      l->items = items;
      l->capacity = new_count;
    }
    if (l->count > (size_t)stop)
      memmove(l->items + start + add, l->items + stop, sizeof(Value) * (l->count - (size_t)stop));
    if (add > 0) memcpy(l->items + start, src->items, sizeof(Value) * add);
    l->count = new_count;
    return true;
  }
  if ((int64_t)src->count != count)
    return vm_raise(vm, vm->exc_ValueError,
                    "attempt to assign sequence of size %zu to extended slice of size %lld",
                    src->count, (long long)count);
  for (int64_t i = 0, j = start; i < count; i++, j += step) l->items[j] = src->items[i];
  return true;
}

bool value_setitem(VM *vm, Value obj, Value key, Value v) {
  if (big_index(vm, obj, key) || !index_key(vm, obj, &key)) return false;
  switch (obj_kind(obj)) {
    case OBJ_LIST: {
      ObjList *l = AS_LIST(obj);
      if (IS_INTLIKE(key)) {
        int64_t i;
        if (!ops_seq_index((int64_t)l->count, AS_INTLIKE(key), &i))
          return vm_raise(vm, vm->exc_IndexError, "list assignment index out of range");
        l->items[i] = v;
        return true;
      }
      if (ops_is_slice(vm, key)) return list_set_slice(vm, l, key, v);
      return vm_raise(vm, vm->exc_TypeError, "list indices must be integers or slices, not %s",
                      value_type_name(vm, key));
    }
    case OBJ_DICT: return dict_set(vm, AS_DICT(obj), key, v);
    default: break;
  }
  Value args[2] = {key, v}, r;
  int called = ops_call_dunder(vm, obj, "__setitem__", 2, args, &r);
  if (called < 0) return false;
  if (called) return true;
  return vm_raise(vm, vm->exc_TypeError, "'%s' object does not support item assignment",
                  value_type_name(vm, obj));
}

bool value_delitem(VM *vm, Value obj, Value key) {
  if (big_index(vm, obj, key) || !index_key(vm, obj, &key)) return false;
  switch (obj_kind(obj)) {
    case OBJ_LIST: {
      ObjList *l = AS_LIST(obj);
      if (IS_INTLIKE(key)) {
        int64_t i;
        if (!ops_seq_index((int64_t)l->count, AS_INTLIKE(key), &i))
          return vm_raise(vm, vm->exc_IndexError, "list assignment index out of range");
        memmove(l->items + i, l->items + i + 1, sizeof(Value) * (l->count - (size_t)i - 1));
        l->count--;
        return true;
      }
      if (ops_is_slice(vm, key)) {
        int64_t start, stop, step, count;
        if (!ops_slice_indices(vm, key, (int64_t)l->count, &start, &stop, &step, &count))
          return false;
        if (step < 0) {
          /* Walk it forward: same items. */
          start = start + (count - 1) * step;
          step = -step;
        }
        size_t w = 0;
        int64_t next = count > 0 ? start : -1, removed = 0;
        for (size_t r = 0; r < l->count; r++) {
          if ((int64_t)r == next && removed < count) {
            removed++;
            next = removed < count ? next + step : -1;
            continue;
          }
          l->items[w++] = l->items[r];
        }
        l->count = w;
        return true;
      }
      return vm_raise(vm, vm->exc_TypeError, "list indices must be integers or slices, not %s",
                      value_type_name(vm, key));
    }
    case OBJ_DICT: {
      int r = dict_del(vm, AS_DICT(obj), key, NULL);
      if (r > 0) return true;
      if (r < 0) return false;
      return key_error(vm, key);
    }
    default: break;
  }
  Value r;
  int called = ops_call_dunder(vm, obj, "__delitem__", 1, &key, &r);
  if (called < 0) return false;
  if (called) return true;
  return vm_raise(vm, vm->exc_TypeError, "'%s' object doesn't support item deletion",
                  value_type_name(vm, obj));
}

/* }====================================================== */

/* {====================================================== iteration */

static int list_iter_next(VM *vm, ObjNativeIter *it, Value *out) {
  ObjList *l = AS_LIST(it->seq);
  if ((size_t)it->index >= l->count) return 0;
  *out = l->items[it->index++];
  return 1;
}

static int list_reverse_next(VM *vm, ObjNativeIter *it, Value *out) {
  ObjList *l = AS_LIST(it->seq);
  if (it->index < 0 || (size_t)it->index >= l->count) return 0;
  *out = l->items[it->index--];
  return 1;
}

static int tuple_iter_next(VM *vm, ObjNativeIter *it, Value *out) {
  ObjTuple *t = AS_TUPLE(it->seq);
  if ((size_t)it->index >= t->count) return 0;
  *out = t->items[it->index++];
  return 1;
}

/* str iterators walk byte offsets, one code point at a time. */
static int str_iter_next(VM *vm, ObjNativeIter *it, Value *out) {
  ObjStr *s = AS_STR(it->seq);
  if ((size_t)it->index >= s->len) return 0;
  size_t start = (size_t)it->index, pos = start;
  str_decode(s->chars, &pos);
  ObjStr *c = str_new(vm, s->chars + start, pos - start);
  if (c == NULL) return -1;
  it->index = (int64_t)pos;
  *out = OBJ_VAL(c);
  return 1;
}

/* Dict iterators: index is the entry position, limit the size at start
** (a change of size raises RuntimeError, as CPython), step the kind. */
static int dict_iter_next(VM *vm, ObjNativeIter *it, Value *out) {
  ObjDict *d = AS_DICT(it->seq);
  if ((int64_t)d->count != it->limit) {
    it->limit = -1;
    vm_raise(vm, vm->exc_RuntimeError, "dictionary changed size during iteration");
    return -1;
  }
  size_t pos = (size_t)it->index;
  Value k, v;
  if (!dict_next(d, &pos, &k, &v)) return 0;
  it->index = (int64_t)pos;
  if (it->step == 0) *out = k;
  else if (it->step == 1) *out = v;
  else {
    ObjTuple *t = tuple_new(vm, 2);
    if (t == NULL) return -1;
    t->items[0] = k;
    t->items[1] = v;
    *out = OBJ_VAL(t);
  }
  return 1;
}

int range_iter_next(VM *vm, ObjNativeIter *it, Value *out) {
  if (it->index >= it->limit) return 0;
  *out = INT_VAL(range_iter_take(it));
  return 1;
}

/* A native iterator of class [cls] over [seq]. */
static bool make_iter(VM *vm, Value seq, NativeIterNext next, ObjClass *cls, Value *out) {
  ObjNativeIter *it = native_iter_new(vm, seq, next);
  if (it == NULL) return false;
  it->obj.cls = cls;
  *out = OBJ_VAL(it);
  return true;
}

/* The old sequence protocol (CPython's seqiterator): seq[0], seq[1], ...
** until IndexError or StopIteration; [limit] is 1 once exhausted. */
static int seq_iter_next(VM *vm, ObjNativeIter *it, Value *out) {
  if (it->limit) return 0;
  vm_push_root(vm, OBJ_VAL(it));
  bool ok = value_getitem(vm, it->seq, INT_VAL(it->index), out);
  vm_pop_root(vm, 1);
  if (ok) { it->index++; return 1; }
  if (!vm_exception_matches(vm, vm->exc_IndexError) &&
      !vm_exception_matches(vm, vm->exc_StopIteration))
    return -1;
  vm_take_exception(vm);
  it->limit = 1;
  it->seq = NONE_VAL;
  return 0;
}

bool ops_list_reverse_iter(VM *vm, ObjList *l, Value *out) {
  if (!make_iter(vm, OBJ_VAL(l), list_reverse_next, RT(vm)->t_list_reverseiterator, out))
    return false;
  ((ObjNativeIter *)AS_OBJ(*out))->index = (int64_t)l->count - 1;
  return true;
}

bool ops_is_iterator(VM *vm, Value v) {
  if (IS_KIND(v, OBJ_NATIVE_ITER)) return ((ObjNativeIter *)AS_OBJ(v))->next != NULL;
  if (IS_CORO(v)) return IS_GENERATOR(v);
  Value fn;
  if (IS_OBJ(v) && class_lookup(AS_OBJ(v)->cls, vm->s_next, &fn)) return true;
  return false;
}

bool value_iter(VM *vm, Value obj, Value *out) {
  RuntimeState *rt = RT(vm);
  switch (obj_kind(obj)) {
    case OBJ_LIST: return make_iter(vm, obj, list_iter_next, rt->t_list_iterator, out);
    case OBJ_TUPLE: return make_iter(vm, obj, tuple_iter_next, rt->t_tuple_iterator, out);
    case OBJ_STR:
      return make_iter(vm, obj, str_iter_next,
                       AS_STR(obj)->len == AS_STR(obj)->length ? rt->t_str_ascii_iterator
                                                               : rt->t_str_iterator, out);
    case OBJ_DICT:
      if (!make_iter(vm, obj, dict_iter_next, rt->t_dict_keyiterator, out)) return false;
      ((ObjNativeIter *)AS_OBJ(*out))->limit = (int64_t)AS_DICT(obj)->count;
      ((ObjNativeIter *)AS_OBJ(*out))->step = 0;
      return true;
    case OBJ_RANGE:
      if (!make_iter(vm, obj, range_iter_next, rt->t_range_iterator, out)) return false;
      ((ObjNativeIter *)AS_OBJ(*out))->limit = range_length((ObjRange *)AS_OBJ(obj));
      return true;
    case OBJ_SET: return set_iter(vm, AS_SET(obj), out);
    case OBJ_NATIVE_ITER: {
      ObjNativeIter *it = (ObjNativeIter *)AS_OBJ(obj);
      int vk;
      if (is_view(vm, obj, &vk)) {
        static const int cls_index[] = {0, 1, 2};
        ObjClass *cls = vk == 0 ? rt->t_dict_keyiterator
                      : vk == 1 ? rt->t_dict_valueiterator : rt->t_dict_itemiterator;
        if (!make_iter(vm, it->seq, dict_iter_next, cls, out)) return false;
        ((ObjNativeIter *)AS_OBJ(*out))->limit = (int64_t)AS_DICT(it->seq)->count;
        ((ObjNativeIter *)AS_OBJ(*out))->step = cls_index[vk];
        return true;
      }
      if (it->next != NULL) { *out = obj; return true; }
      break;
    }
    case OBJ_CORO:
      if (IS_GENERATOR(obj)) { *out = obj; return true; }
      break;
    case OBJ_CORO_WRAPPER:      /* coroutine.__await__() */
    case OBJ_ASYNC_GEN_OP:      /* agen.asend(v) ... */
    case OBJ_ANEXT_AWAITABLE:   /* anext(it, default) */
      *out = obj;               /* their own iterators */
      return true;
    default: break;
  }
  int called = ops_call_dunder(vm, obj, "__iter__", 0, NULL, out);
  if (called < 0) return false;
  if (called) {
    if (!ops_is_iterator(vm, *out))
      return vm_raise(vm, vm->exc_TypeError, "iter() returned non-iterator of type '%s'",
                      value_type_name(vm, *out));
    return true;
  }
  /* The old sequence protocol: a class with __getitem__ (and no __iter__). */
  Value fn;
  if (find_special(vm, obj, "__getitem__", &fn) && !IS_NONE(fn))
    return make_iter(vm, obj, seq_iter_next, vm->t_iterator, out);
  return vm_raise(vm, vm->exc_TypeError, "'%s' object is not iterable", value_type_name(vm, obj));
}

int value_next(VM *vm, Value iter, Value *out) {
#if CFG_FUZZ
  /* The fuzz harness's budget covers C loops too (sum(range(10**15))). */
  if (--vm_budget_left == 0) {
    vm_budget_left = 1;
    return vm_raise(vm, vm->exc_RuntimeError, "fuzz: instruction budget exhausted") ? -1 : -1;
  }
#endif
  if (IS_KIND(iter, OBJ_NATIVE_ITER)) {
    ObjNativeIter *it = (ObjNativeIter *)AS_OBJ(iter);
    if (it->next != NULL) return it->next(vm, it, out);
  } else if (IS_GENERATOR(iter)) {
    ObjCoro *co = AS_CORO(iter);
    *out = UNDEF_VAL;
    if (co->state == CORO_CLOSED) return 0;
    vm_push_root(vm, iter);
    VMResult r = coro_resume(vm, co, UNDEF_VAL, UNDEF_VAL, out);
    vm_pop_root(vm, 1);
    if (r == VM_SUSPEND) return 1;
    if (r == VM_RETURN) return 0;   /* *out: the generator's return value */
    return -1;
  } else if (IS_OBJ(iter)) {
    Value fn;
    if (class_lookup(AS_OBJ(iter)->cls, vm->s_next, &fn)) {
      if (call_with_self(vm, fn, iter, 0, NULL, out)) return 1;
      if (vm_exception_matches(vm, vm->exc_StopIteration)) {
        /* the StopIteration's value rides along, as for generators */
        Value e = vm_take_exception(vm);
        ObjTuple *a = AS_EXCEPTION(e)->args;
        *out = a && a->count > 0 ? exc_stop_iteration_value(vm, AS_EXCEPTION(e)) : UNDEF_VAL;
        return 0;
      }
      return -1;
    }
  }
  vm_raise(vm, vm->exc_TypeError, "'%s' object is not an iterator", value_type_name(vm, iter));
  return -1;
}

bool value_len(VM *vm, Value obj, int64_t *out) {
  switch (obj_kind(obj)) {
    case OBJ_STR: *out = (int64_t)AS_STR(obj)->length; return true;
    case OBJ_LIST: *out = (int64_t)AS_LIST(obj)->count; return true;
    case OBJ_TUPLE: *out = (int64_t)AS_TUPLE(obj)->count; return true;
    case OBJ_DICT: *out = (int64_t)AS_DICT(obj)->count; return true;
    case OBJ_RANGE: *out = range_length((ObjRange *)AS_OBJ(obj)); return true;
    case OBJ_SET: *out = (int64_t)AS_SET(obj)->used; return true;
    default: break;
  }
  int vk;
  if (is_view(vm, obj, &vk)) {
    *out = (int64_t)AS_DICT(((ObjNativeIter *)AS_OBJ(obj))->seq)->count;
    return true;
  }
  Value r;
  int called = ops_call_dunder(vm, obj, "__len__", 0, NULL, &r);
  if (called < 0) return false;
  if (called) {
    if (!IS_INTLIKE(r))
      return vm_raise(vm, vm->exc_TypeError, "'%s' object cannot be interpreted as an integer",
                      value_type_name(vm, r));
    if (AS_INTLIKE(r) < 0) return vm_raise(vm, vm->exc_ValueError, "__len__() should return >= 0");
    *out = AS_INTLIKE(r);
    return true;
  }
  return vm_raise(vm, vm->exc_TypeError, "object of type '%s' has no len()",
                  value_type_name(vm, obj));
}

/* }====================================================== */

/* {====================================================== format, await */

bool value_format(VM *vm, Value v, int conversion, ObjStr *spec, ObjStr **out) {
  ObjStr *s;
  if (conversion == 's' || conversion == 'r' || conversion == 'a') {
    if (conversion == 's') {
      if (!value_str(vm, v, &s)) return false;
    } else if (conversion == 'r') {
      if (!value_repr(vm, v, &s)) return false;
    } else {
      ObjStr *r;
      if (!value_repr(vm, v, &r)) return false;
      StrBuf b;
      strbuf_init(&b);
      /* ascii(): escape what repr left as non-ASCII. */
      size_t pos = 0;
      bool ok = true;
      while (ok && pos < r->len) {
        uint32_t cp = str_decode(r->chars, &pos);
        if (cp < 0x80) ok = strbuf_addc(vm, &b, (char)cp);
        else if (cp < 0x100) ok = strbuf_printf(vm, &b, "\\x%02x", cp);
        else if (cp < 0x10000) ok = strbuf_printf(vm, &b, "\\u%04x", cp);
        else ok = strbuf_printf(vm, &b, "\\U%08x", cp);
      }
      if (!ok) { strbuf_free(&b); return false; }
      if ((s = strbuf_finish(vm, &b)) == NULL) return false;
    }
    v = OBJ_VAL(s);
  }
  size_t spec_len = spec ? spec->len : 0;
  if (spec_len == 0 && IS_STR(v)) { *out = AS_STR(v); return true; }
  Value fn;
  if (find_special(vm, v, "__format__", &fn)) {
    Value arg = spec ? OBJ_VAL(spec) : OBJ_VAL(vm->s_empty), r;
    if (!call_with_self(vm, fn, v, 1, &arg, &r)) return false;
    if (!IS_STR(r))
      return vm_raise(vm, vm->exc_TypeError, "__format__ must return a str, not %s",
                      value_type_name(vm, r));
    *out = AS_STR(r);
    return true;
  }
  if (spec_len == 0) return value_str(vm, v, out);
  if (is_number(v) || IS_STR(v)) return num_format(vm, v, spec->chars, spec->len, out);
  return vm_raise(vm, vm->exc_TypeError, "unsupported format string passed to %s.__format__",
                  value_type_name(vm, v));
}

bool value_get_awaitable(VM *vm, Value obj, Value *out) {
  if (IS_CORO(obj)) {
    ObjCoro *co = AS_CORO(obj);
    if (co->is_coroutine || (coro_code(co) && (coro_code(co)->flags & CO_ITERABLE_COROUTINE))) {
      if (co->is_coroutine && co->state == CORO_CLOSED)
        return vm_raise(vm, vm->exc_RuntimeError, "cannot reuse already awaited coroutine");
      *out = obj;
      return true;
    }
  } else if (IS_OBJ(obj)) {
    KindOps *ops = &gc_kind_ops[AS_OBJ(obj)->kind];
    if (ops->get_awaitable != NULL) return ops->get_awaitable(vm, AS_OBJ(obj), out);
    Value fn;
    if (class_lookup(AS_OBJ(obj)->cls, vm->s_await, &fn)) {
      if (!call_with_self(vm, fn, obj, 0, NULL, out)) return false;
      if (IS_CORO(*out) && AS_CORO(*out)->is_coroutine)
        return vm_raise(vm, vm->exc_TypeError, "__await__() returned a coroutine");
      if (!ops_is_iterator(vm, *out))
        return vm_raise(vm, vm->exc_TypeError, "__await__() returned non-iterator of type '%s'",
                        value_type_name(vm, *out));
      return true;
    }
  }
  return vm_raise(vm, vm->exc_TypeError, "object %s can't be used in 'await' expression",
                  value_type_name(vm, obj));
}

/* }====================================================== */
