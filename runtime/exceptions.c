/*
** exceptions.c -- the behaviour of BaseException and its subclasses:
** construction (args), str and repr, the attributes args, __context__,
** __cause__, __traceback__, StopIteration.value and SystemExit.code.
** (Tracing OBJ_EXCEPTION and OBJ_TRACEBACK is src/gc.c's.)
*/
#include "runtime/runtime.h"

#include <string.h>

#include "src/gc.h"
#include "runtime/builtins.h"

/* An exception object of [cls] with [args] (NULL: the empty tuple). */
static ObjException *exc_alloc(VM *vm, ObjClass *cls, ObjTuple *args) {
  if (args == NULL && (args = tuple_new(vm, 0)) == NULL) return NULL;
  ObjException *e = (ObjException *)gc_alloc(vm, sizeof(ObjException), OBJ_EXCEPTION, cls);
  if (e == NULL) return NULL;
  e->args = args;
  e->dict = NULL;
  e->traceback = NULL;
  e->context = NONE_VAL;
  e->cause = NONE_VAL;
  e->suppress_context = false;
  return e;
}

ObjException *exc_new(VM *vm, ObjClass *cls, ObjStr *msg) {
  ObjTuple *args = tuple_new(vm, msg ? 1 : 0);
  if (args == NULL) return NULL;
  if (msg) args->items[0] = OBJ_VAL(msg);
  return exc_alloc(vm, cls, args);
}

bool exc_instantiate(VM *vm, ObjClass *cls, int argc, Value *args, Value *out) {
  return runtime_call_class(vm, cls, argc, args, NULL, out);
}

ObjException *exc_stop_iteration(VM *vm, Value value) {
  ObjTuple *args = tuple_new(vm, 1);
  if (args == NULL) return NULL;
  args->items[0] = value;
  return exc_alloc(vm, vm->exc_StopIteration, args);
}

Value exc_stop_iteration_value(VM *vm, ObjException *e) {
  Value v;
  if (e->dict && dict_get_cstr(vm, e->dict, "value", &v)) return v;
  return e->args->count > 0 ? e->args->items[0] : NONE_VAL;
}

/* A tuple of args[from..argc). */
static ObjTuple *args_tuple(VM *vm, int argc, Value *args, int from) {
  ObjTuple *t = tuple_new(vm, argc > from ? (size_t)(argc - from) : 0);
  if (t == NULL) return NULL;
  for (int i = from; i < argc; i++) t->items[i - from] = args[i];
  return t;
}

bool exc_repr(VM *vm, ObjException *e, ObjStr **out) {
  StrBuf b;
  strbuf_init(&b);
  bool ok = strbuf_adds(vm, &b, e->obj.cls->name->chars);
  if (ok && e->args->count == 1)
    ok = strbuf_addc(vm, &b, '(') && strbuf_add_repr(vm, &b, e->args->items[0]) &&
         strbuf_addc(vm, &b, ')');
  else if (ok && e->args->count == 0)
    ok = strbuf_add(vm, &b, "()", 2);
  else if (ok)
    ok = strbuf_add_repr(vm, &b, OBJ_VAL(e->args));
  if (!ok) { strbuf_free(&b); return false; }
  return (*out = strbuf_finish(vm, &b)) != NULL;
}

bool exc_str(VM *vm, ObjException *e, ObjStr **out) {
  if (e->args->count == 0) { *out = vm->s_empty; return true; }
  if (e->args->count == 1) {
    if (class_is_subclass(e->obj.cls, vm->exc_KeyError))
      return value_repr(vm, e->args->items[0], out);
    return value_str(vm, e->args->items[0], out);
  }
  return value_repr(vm, OBJ_VAL(e->args), out);
}

int exc_getattr(VM *vm, ObjException *e, ObjStr *name, Value *out) {
  const char *n = name->chars;
  if (e->dict && dict_get_str(e->dict, name, out)) return 1;
  if (strcmp(n, "args") == 0) { *out = OBJ_VAL(e->args); return 1; }
  if (strcmp(n, "__traceback__") == 0) {
    *out = e->traceback ? OBJ_VAL(e->traceback) : NONE_VAL;
    return 1;
  }
  if (strcmp(n, "__context__") == 0) { *out = e->context; return 1; }
  if (strcmp(n, "__cause__") == 0) { *out = e->cause; return 1; }
  if (strcmp(n, "__suppress_context__") == 0) { *out = BOOL_VAL(e->suppress_context); return 1; }
  if (strcmp(n, "__dict__") == 0) {
    if (e->dict == NULL && (e->dict = dict_new(vm)) == NULL) return -1;
    *out = OBJ_VAL(e->dict);
    return 1;
  }
  if (strcmp(n, "value") == 0 && (class_is_subclass(e->obj.cls, vm->exc_StopIteration) ||
                                  class_is_subclass(e->obj.cls, vm->exc_StopAsyncIteration))) {
    *out = exc_stop_iteration_value(vm, e);
    return 1;
  }
  if (strcmp(n, "code") == 0 && class_is_subclass(e->obj.cls, vm->exc_SystemExit)) {
    *out = e->args->count == 0 ? NONE_VAL : e->args->count == 1 ? e->args->items[0]
                                                                 : OBJ_VAL(e->args);
    return 1;
  }
  if ((strcmp(n, "name") == 0 || strcmp(n, "obj") == 0) &&
      (class_is_subclass(e->obj.cls, vm->exc_NameError) ||
       class_is_subclass(e->obj.cls, vm->exc_AttributeError))) {
    *out = NONE_VAL;
    return 1;
  }
  if ((strcmp(n, "msg") == 0) && class_is_subclass(e->obj.cls, vm->exc_SyntaxError)) {
    *out = e->args->count > 0 ? e->args->items[0] : NONE_VAL;
    return 1;
  }
  return 0;
}

bool exc_setattr(VM *vm, ObjException *e, ObjStr *name, Value v) {
  const char *n = name->chars;
  if (strcmp(n, "args") == 0) {
    ObjTuple *t = tuple_from_iter(vm, v);
    if (t == NULL) return false;
    e->args = t;
    return true;
  }
  if (strcmp(n, "__traceback__") == 0) {
    if (IS_NONE(v)) { e->traceback = NULL; return true; }
    if (!IS_KIND(v, OBJ_TRACEBACK))
      return vm_raise(vm, vm->exc_TypeError, "__traceback__ must be a traceback or None");
    e->traceback = (ObjTraceback *)AS_OBJ(v);
    return true;
  }
  if (strcmp(n, "__context__") == 0 || strcmp(n, "__cause__") == 0) {
    if (!IS_NONE(v) && !IS_EXCEPTION(v))
      return vm_raise(vm, vm->exc_TypeError, "exception %s must be None or derive from BaseException",
                      n[2] == 'c' && n[3] == 'a' ? "cause" : "context");
    if (n[3] == 'a') { e->cause = v; e->suppress_context = true; }
    else e->context = v;
    return true;
  }
  if (strcmp(n, "__suppress_context__") == 0) {
    int t = value_truthy(vm, v);
    if (t < 0) return false;
    e->suppress_context = t;
    return true;
  }
  if (e->dict == NULL && (e->dict = dict_new(vm)) == NULL) return false;
  return dict_set(vm, e->dict, OBJ_VAL(name), v);
}

/* BaseException.__new__(cls, *args): the object, with args set already
** (as CPython's BaseException_new). */
static bool exc_m_new(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  if (argc < 1 || !IS_CLASS(args[0]))
    return vm_raise(vm, vm->exc_TypeError, "BaseException.__new__(X): X is not a type object");
  ObjClass *cls = AS_CLASS(args[0]);
  if (cls->is_builtin && kwargs != NULL && kwargs->count > 0)
    return vm_raise(vm, vm->exc_TypeError, "%s() takes no keyword arguments", cls->name->chars);
  ObjTuple *t = args_tuple(vm, argc, args, 1);
  if (t == NULL) return false;
  ObjException *e = exc_alloc(vm, cls, t);
  if (e == NULL) return false;
  *out = OBJ_VAL(e);
  return true;
}

/* BaseException.__init__(self, *args) */
static bool exc_m_init(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  if (argc < 1 || !IS_EXCEPTION(args[0]))
    return vm_raise(vm, vm->exc_TypeError, "descriptor '__init__' requires a 'BaseException' object");
  ObjTuple *t = args_tuple(vm, argc, args, 1);
  if (t == NULL) return false;
  AS_EXCEPTION(args[0])->args = t;
  *out = NONE_VAL;
  return true;
}

static bool exc_m_repr(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  if (argc < 1 || !IS_EXCEPTION(args[0]))
    return vm_raise(vm, vm->exc_TypeError, "descriptor '__repr__' requires a 'BaseException' object");
  ObjStr *s;
  if (!exc_repr(vm, AS_EXCEPTION(args[0]), &s)) return false;
  *out = OBJ_VAL(s);
  return true;
}

static bool exc_m_str(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  if (argc < 1 || !IS_EXCEPTION(args[0]))
    return vm_raise(vm, vm->exc_TypeError, "descriptor '__str__' requires a 'BaseException' object");
  ObjStr *s;
  if (!exc_str(vm, AS_EXCEPTION(args[0]), &s)) return false;
  *out = OBJ_VAL(s);
  return true;
}

/* e.with_traceback(tb): set __traceback__ and return e. */
static bool exc_m_with_traceback(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs,
                                 Value *out) {
  if (!args_check_method(vm, "with_traceback", argc, kwargs, 1, 1)) return false;
  if (!exc_setattr(vm, AS_EXCEPTION(args[0]), rt_name(vm, "__traceback__"), args[1])) return false;
  *out = args[0];
  return true;
}

/* e.add_note(note): append to __notes__ (a list in the instance dict). */
static bool exc_m_add_note(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  if (!args_check_method(vm, "add_note", argc, kwargs, 1, 1)) return false;
  if (!IS_STR(args[1]))
    return vm_raise(vm, vm->exc_TypeError, "note must be a str, not '%s'",
                    value_type_name(vm, args[1]));
  ObjException *e = AS_EXCEPTION(args[0]);
  Value notes;
  if (e->dict == NULL && (e->dict = dict_new(vm)) == NULL) return false;
  if (!dict_get_cstr(vm, e->dict, "__notes__", &notes)) {
    ObjList *l = list_new(vm, 0);
    if (l == NULL || !dict_set_cstr(vm, e->dict, "__notes__", OBJ_VAL(l))) return false;
    notes = OBJ_VAL(l);
  }
  if (!IS_LIST(notes)) return vm_raise(vm, vm->exc_TypeError, "Cannot add note: __notes__ is not a list");
  if (!list_append(vm, AS_LIST(notes), args[1])) return false;
  *out = NONE_VAL;
  return true;
}

bool exceptions_init(VM *vm) {
  ObjDict *d = vm->exc_BaseException->dict;
  define_native(vm, d, "__new__", exc_m_new);
  define_native(vm, d, "__init__", exc_m_init);
  define_native(vm, d, "__repr__", exc_m_repr);
  define_native(vm, d, "__str__", exc_m_str);
  define_native(vm, d, "with_traceback", exc_m_with_traceback);
  define_native(vm, d, "add_note", exc_m_add_note);
  return true;
}
