/*
** exceptions.c -- the behaviour of BaseException and its subclasses:
** construction (args), str and repr, the attributes args, __context__,
** __cause__, __traceback__, StopIteration.value and SystemExit.code;
** OSError's errno, strerror and filename (and the subclass its errno
** picks); NameError's and AttributeError's name and obj, and the "Did you
** mean" suggestion printed for them (CPython 3.11's Python/suggestions.c).
** (Tracing OBJ_EXCEPTION and OBJ_TRACEBACK is src/gc.c's.)
*/
#include "runtime/runtime.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
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
  e->globals = NULL;
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

/* {====================================================== OSError */

/* The OSError subclass CPython's OSError(errno, ...) makes for [err]
** (errnomap in Objects/exceptions.c), or NULL. */
static ObjClass *oserror_subclass(VM *vm, int64_t err) {
  if (err == EAGAIN || err == EWOULDBLOCK || err == EALREADY || err == EINPROGRESS)
    return vm->exc_BlockingIOError;
  if (err == ECHILD) return vm->exc_ChildProcessError;
  if (err == EPIPE || err == ESHUTDOWN) return vm->exc_BrokenPipeError;
  if (err == ECONNABORTED) return vm->exc_ConnectionAbortedError;
  if (err == ECONNREFUSED) return vm->exc_ConnectionRefusedError;
  if (err == ECONNRESET) return vm->exc_ConnectionResetError;
  if (err == EEXIST) return vm->exc_FileExistsError;
  if (err == ENOENT) return vm->exc_FileNotFoundError;
  if (err == EISDIR) return vm->exc_IsADirectoryError;
  if (err == ENOTDIR) return vm->exc_NotADirectoryError;
  if (err == EINTR) return vm->exc_InterruptedError;
  if (err == EACCES || err == EPERM) return vm->exc_PermissionError;
  if (err == ESRCH) return vm->exc_ProcessLookupError;
  if (err == ETIMEDOUT) return vm->exc_TimeoutError;
  return NULL;
}

/*
** Set errno, strerror, filename and filename2 from e.args, as CPython's
** oserror_parse_args / oserror_init: only 2 to 5 arguments are parsed,
** (errno, strerror[, filename[, winerror[, filename2]]]); a filename that
** is not None is taken out of args, which keeps (errno, strerror).  For
** BlockingIOError an int third argument is characters_written instead.
*/
static bool oserror_parse(VM *vm, ObjException *e) {
  ObjTuple *a = e->args;
  size_t n = a->count;
  if (e->dict == NULL && n >= 2 && n <= 5 && (e->dict = dict_new(vm)) == NULL) return false;
  if (e->dict == NULL) return true;
  static const char *const keys[] = {"errno", "strerror", "filename", "filename2",
                                     "characters_written"};
  Value old;
  for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++)
    if (dict_del(vm, e->dict, OBJ_VAL(rt_name(vm, keys[i])), &old) < 0) return false;
  if (n < 2 || n > 5) return true;
  if (!dict_set_cstr(vm, e->dict, "errno", a->items[0]) ||
      !dict_set_cstr(vm, e->dict, "strerror", a->items[1]))
    return false;
  Value filename = n >= 3 ? a->items[2] : NONE_VAL;
  if (IS_NONE(filename)) return true;
  if (e->obj.cls == vm->exc_BlockingIOError && IS_INTLIKE(filename))
    return dict_set_cstr(vm, e->dict, "characters_written", filename);
  if (!dict_set_cstr(vm, e->dict, "filename", filename)) return false;
  if (n == 5 && !IS_NONE(a->items[4]) && !dict_set_cstr(vm, e->dict, "filename2", a->items[4]))
    return false;
  ObjTuple *t = tuple_new(vm, 2);
  if (t == NULL) return false;
  t->items[0] = a->items[0];
  t->items[1] = a->items[1];
  e->args = t;
  return true;
}

/* str() of an OSError as CPython's OSError_str: "[Errno E] S: 'file'",
** "[Errno E] S: 'f1' -> 'f2'" or "[Errno E] S".  1 done, 0 not applicable
** (BaseException's str), -1 error. */
static int oserror_str(VM *vm, ObjException *e, ObjStr **out) {
  Value err, msg, f1, f2 = UNDEF_VAL;
  bool has_err = dict_get_cstr(vm, e->dict, "errno", &err);
  bool has_msg = dict_get_cstr(vm, e->dict, "strerror", &msg);
  bool has_file = dict_get_cstr(vm, e->dict, "filename", &f1) && !IS_NONE(f1);
  if (!has_file && !(has_err && has_msg)) return 0;
  if (!has_err) err = NONE_VAL;
  if (!has_msg) msg = NONE_VAL;
  if (has_file && dict_get_cstr(vm, e->dict, "filename2", &f2) && IS_NONE(f2)) f2 = UNDEF_VAL;
  StrBuf b;
  strbuf_init(&b);
  bool ok = strbuf_adds(vm, &b, "[Errno ") && strbuf_add_str(vm, &b, err) &&
            strbuf_adds(vm, &b, "] ") && strbuf_add_str(vm, &b, msg);
  if (ok && has_file) ok = strbuf_adds(vm, &b, ": ") && strbuf_add_repr(vm, &b, f1);
  if (ok && has_file && !IS_UNDEF(f2)) ok = strbuf_adds(vm, &b, " -> ") && strbuf_add_repr(vm, &b, f2);
  if (!ok) { strbuf_free(&b); return -1; }
  return (*out = strbuf_finish(vm, &b)) != NULL ? 1 : -1;
}

/* }====================================================== */

/* Is [e] an exception group (BaseExceptionGroup or ExceptionGroup)?
** orrery's classes have one base, so these are two separate classes. */
static bool exc_is_group(VM *vm, ObjException *e) {
  return class_is_subclass(e->obj.cls, vm->exc_BaseExceptionGroup) ||
         class_is_subclass(e->obj.cls, vm->exc_ExceptionGroup);
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
  if (class_is_subclass(e->obj.cls, vm->exc_OSError) && e->dict != NULL) {
    int r = oserror_str(vm, e, out);
    if (r != 0) return r > 0;
  }
  if (exc_is_group(vm, e) && e->args->count == 2 && IS_STR(e->args->items[0])) {
    /* 'message (N sub-exceptions)' */
    Value excs = e->args->items[1];
    size_t n = IS_TUPLE(excs) ? AS_TUPLE(excs)->count : IS_LIST(excs) ? AS_LIST(excs)->count : 0;
    StrBuf b;
    strbuf_init(&b);
    char tail[64];
    snprintf(tail, sizeof tail, " (%zu sub-exception%s)", n, n == 1 ? "" : "s");
    if (!strbuf_add_str(vm, &b, e->args->items[0]) || !strbuf_adds(vm, &b, tail)) {
      strbuf_free(&b);
      return false;
    }
    return (*out = strbuf_finish(vm, &b)) != NULL;
  }
  if (class_is_subclass(e->obj.cls, vm->exc_SyntaxError)) {
    /* SyntaxError_str: "msg (file, line N)", the file without its
       directories, each part only if it is set */
    Value msg = NONE_VAL, fn = NONE_VAL, ln = NONE_VAL;
    if (e->dict) {
      dict_get_cstr(vm, e->dict, "msg", &msg);
      dict_get_cstr(vm, e->dict, "filename", &fn);
      dict_get_cstr(vm, e->dict, "lineno", &ln);
    }
    if (IS_NONE(msg) && e->args->count > 0) msg = e->args->items[0];
    bool have_fn = IS_STR(fn), have_ln = IS_INT(ln);
    if (have_fn || have_ln) {
      ObjStr *m;
      if (!value_str(vm, msg, &m)) return false;
      StrBuf b;
      strbuf_init(&b);
      bool ok = strbuf_add(vm, &b, m->chars, m->len) && strbuf_adds(vm, &b, " (");
      if (ok && have_fn) {
        const char *f = AS_STR(fn)->chars, *slash = strrchr(f, '/');
        ok = strbuf_adds(vm, &b, slash ? slash + 1 : f);
      }
      char tail[48];
      snprintf(tail, sizeof tail, "%sline %lld)", have_fn ? ", " : "", (long long)(have_ln ? AS_INT(ln) : 0));
      if (ok) ok = have_ln ? strbuf_adds(vm, &b, tail) : strbuf_adds(vm, &b, ")");
      if (!ok) { strbuf_free(&b); return false; }
      return (*out = strbuf_finish(vm, &b)) != NULL;
    }
    return value_str(vm, msg, out);
  }
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
  if (exc_is_group(vm, e) && e->args->count == 2) {
    if (strcmp(n, "message") == 0) { *out = e->args->items[0]; return 1; }
    if (strcmp(n, "exceptions") == 0) {
      Value excs = e->args->items[1];
      if (IS_TUPLE(excs)) { *out = excs; return 1; }
      ObjTuple *t = tuple_from_iter(vm, excs);
      if (t == NULL) return -1;
      *out = OBJ_VAL(t);
      return 1;
    }
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
  if ((strcmp(n, "errno") == 0 || strcmp(n, "strerror") == 0 || strcmp(n, "filename") == 0 ||
       strcmp(n, "filename2") == 0) && class_is_subclass(e->obj.cls, vm->exc_OSError)) {
    *out = NONE_VAL;
    return 1;
  }
  /* a SyntaxError made without a location (SyntaxError('x'), or eval() of
     a str with a NUL byte): its location attributes are None */
  if ((strcmp(n, "lineno") == 0 || strcmp(n, "offset") == 0 || strcmp(n, "text") == 0 ||
       strcmp(n, "filename") == 0 || strcmp(n, "end_lineno") == 0 ||
       strcmp(n, "end_offset") == 0 || strcmp(n, "print_file_and_line") == 0) &&
      class_is_subclass(e->obj.cls, vm->exc_SyntaxError)) {
    *out = NONE_VAL;
    return 1;
  }
  if ((strcmp(n, "name") == 0 || strcmp(n, "path") == 0) &&
      class_is_subclass(e->obj.cls, vm->exc_ImportError)) {
    *out = NONE_VAL;
    return 1;
  }
  if ((strcmp(n, "msg") == 0) && (class_is_subclass(e->obj.cls, vm->exc_SyntaxError) ||
                                  class_is_subclass(e->obj.cls, vm->exc_ImportError))) {
    if (class_is_subclass(e->obj.cls, vm->exc_ImportError) && e->args->count != 1) {
      *out = NONE_VAL;
      return 1;
    }
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

bool exc_syntax_error_init(VM *vm, ObjException *e) {
  if (!class_is_subclass(e->obj.cls, vm->exc_SyntaxError) || e->args->count != 2) return true;
  Value arg = e->args->items[1];
  ObjTuple *info = IS_TUPLE(arg) ? AS_TUPLE(arg) : tuple_from_iter(vm, arg);
  if (info == NULL) return false;
  if (info->count < 4 || info->count > 6)
    return vm_raise(vm, vm->exc_TypeError, "function takes %s %d arguments (%zu given)",
                    info->count < 4 ? "at least" : "at most", info->count < 4 ? 4 : 6,
                    (size_t)info->count);
  if (info->count == 5)
    return vm_raise(vm, vm->exc_TypeError, "end_offset must be provided when end_lineno is provided");
  static const char *const names[] = {"filename", "lineno", "offset", "text", "end_lineno", "end_offset"};
  vm_push_root(vm, OBJ_VAL(e));
  vm_push_root(vm, OBJ_VAL(info));
  bool ok = e->dict != NULL || (e->dict = dict_new(vm)) != NULL;
  for (size_t i = 0; ok && i < info->count; i++)
    ok = dict_set_cstr(vm, e->dict, names[i], info->items[i]);
  vm_pop_root(vm, 2);
  return ok;
}

/* BaseException.__new__(cls, *args): the object, with args set already
** (as CPython's BaseException_new). */
static bool exc_m_new(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  if (argc < 1 || !IS_CLASS(args[0]))
    return vm_raise(vm, vm->exc_TypeError, "BaseException.__new__(X): X is not a type object");
  ObjClass *cls = AS_CLASS(args[0]);
  /* The keyword arguments of NameError, AttributeError and ImportError
  ** (3.10+) become attributes. */
  static const char *const name_kw[] = {"name", NULL};
  static const char *const attr_kw[] = {"name", "obj", NULL};
  static const char *const import_kw[] = {"name", "path", NULL};
  const char *const *allowed = class_is_subclass(cls, vm->exc_NameError) ? name_kw
                               : class_is_subclass(cls, vm->exc_AttributeError) ? attr_kw
                               : class_is_subclass(cls, vm->exc_ImportError) ? import_kw : NULL;
  if (cls->is_builtin && kwargs != NULL && kwargs->count > 0) {
    if (allowed == NULL)
      return vm_raise(vm, vm->exc_TypeError, "%s() takes no keyword arguments", cls->name->chars);
    if (!kwargs_check(vm, cls->name->chars, kwargs, allowed)) return false;
  }
  ObjTuple *t = args_tuple(vm, argc, args, 1);
  if (t == NULL) return false;
  ObjException *e = exc_alloc(vm, cls, t);
  if (e == NULL) return false;
  *out = OBJ_VAL(e);
  if (!exc_syntax_error_init(vm, e)) return false;
  if (cls->is_builtin && kwargs != NULL && kwargs->count > 0) {
    vm_push_root(vm, *out);
    bool ok = (e->dict = dict_new(vm)) != NULL && dict_update_from(vm, e->dict, OBJ_VAL(kwargs));
    vm_pop_root(vm, 1);
    return ok;
  }
  return true;
}

/* BaseException.__init__(self, *args) */
static bool exc_m_init(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  if (argc < 1 || !IS_EXCEPTION(args[0]))
    return vm_raise(vm, vm->exc_TypeError, "descriptor '__init__' requires a 'BaseException' object");
  ObjTuple *t = args_tuple(vm, argc, args, 1);
  if (t == NULL) return false;
  ObjException *e = AS_EXCEPTION(args[0]);
  e->args = t;
  *out = NONE_VAL;
  return exc_syntax_error_init(vm, e);
}

/* BaseExceptionGroup.__new__(cls, message, exceptions), as CPython's
** BaseExceptionGroup_new: message a str, exceptions a non-empty list or
** tuple of exception instances.  BaseExceptionGroup itself makes an
** ExceptionGroup when every item is an Exception; an ExceptionGroup
** cannot hold a BaseException.  Both are kept in args, as CPython does:
** .message and .exceptions are read from there (exc_getattr). */
static bool eg_m_new(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  if (argc < 1 || !IS_CLASS(args[0]))
    return vm_raise(vm, vm->exc_TypeError, "BaseExceptionGroup.__new__(X): X is not a type object");
  ObjClass *cls = AS_CLASS(args[0]);
  if (cls->is_builtin && kwargs != NULL && kwargs->count > 0)
    return vm_raise(vm, vm->exc_TypeError, "%s() takes no keyword arguments", cls->name->chars);
  if (argc != 3)
    return vm_raise(vm, vm->exc_TypeError, "BaseExceptionGroup.__new__() takes exactly 2 arguments (%d given)",
                    argc - 1);
  if (!IS_STR(args[1]))
    return vm_raise(vm, vm->exc_TypeError, "BaseExceptionGroup.__new__() argument 1 must be str, not %s",
                    value_type_name(vm, args[1]));
  Value excs = args[2];
  size_t n;
  Value *items;
  if (IS_TUPLE(excs)) { n = AS_TUPLE(excs)->count; items = AS_TUPLE(excs)->items; }
  else if (IS_LIST(excs)) { n = AS_LIST(excs)->count; items = AS_LIST(excs)->items; }
  else return vm_raise(vm, vm->exc_TypeError, "second argument (exceptions) must be a sequence");
  if (n == 0)
    return vm_raise(vm, vm->exc_ValueError, "second argument (exceptions) must be a non-empty sequence");
  bool all_exceptions = true;
  for (size_t i = 0; i < n; i++) {
    if (!IS_EXCEPTION(items[i]))
      return vm_raise(vm, vm->exc_ValueError, "Item %zu of second argument (exceptions) is not an exception", i);
    if (!class_is_subclass(AS_OBJ(items[i])->cls, vm->exc_Exception)) all_exceptions = false;
  }
  if (cls == vm->exc_BaseExceptionGroup && all_exceptions) cls = vm->exc_ExceptionGroup;
  else if (class_is_subclass(cls, vm->exc_ExceptionGroup) && !all_exceptions)
    return vm_raise(vm, vm->exc_TypeError, "Cannot nest BaseExceptions in an ExceptionGroup");
  ObjTuple *t = args_tuple(vm, argc, args, 1);
  if (t == NULL) return false;
  ObjException *e = exc_alloc(vm, cls, t);
  if (e == NULL) return false;
  *out = OBJ_VAL(e);
  return true;
}

/* BaseExceptionGroup.__init__: __new__ did the work; a subclass's
** __init__ may call it with other arguments, which it ignores. */
static bool eg_m_init(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  *out = NONE_VAL;
  return true;
}

/* OSError.__new__(cls, *args): OSError itself with an int errno first
** makes the subclass for that errno (OSError(2, 'x') is a
** FileNotFoundError); then errno, strerror and filename are parsed. */
static bool oserror_m_new(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  Value a[6];
  if (argc >= 3 && argc <= 6 && IS_CLASS(args[0]) && AS_CLASS(args[0]) == vm->exc_OSError &&
      IS_INTLIKE(args[1])) {
    ObjClass *sub = oserror_subclass(vm, AS_INTLIKE(args[1]));
    if (sub != NULL) {
      memcpy(a, args, (size_t)argc * sizeof *a);   /* the caller's array stays as it is */
      a[0] = OBJ_VAL(sub);
      args = a;
    }
  }
  if (!exc_m_new(vm, self, argc, args, kwargs, out)) return false;
  return oserror_parse(vm, AS_EXCEPTION(*out));
}

/* OSError.__init__(self, *args): BaseException's, then parse again (a
** subclass's __init__ may pass other arguments than its constructor got). */
static bool oserror_m_init(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  if (!exc_m_init(vm, self, argc, args, kwargs, out)) return false;
  return oserror_parse(vm, AS_EXCEPTION(args[0]));
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
  if (!args_check_method(vm, "BaseException.with_traceback", argc, kwargs, 1, 1)) return false;
  if (!exc_setattr(vm, AS_EXCEPTION(args[0]), rt_name(vm, "__traceback__"), args[1])) return false;
  *out = args[0];
  return true;
}

/* e.add_note(note): append to __notes__ (a list in the instance dict). */
static bool exc_m_add_note(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  if (!args_check_method(vm, "BaseException.add_note", argc, kwargs, 1, 1)) return false;
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

/* {====================================================== name, obj and "Did you mean" */

void exc_record_name_error(VM *vm, ObjStr *name, ObjDict *globals) {
  if (!IS_EXCEPTION(vm->exception)) return;
  ObjException *e = AS_EXCEPTION(vm->exception);
  if (e->obj.cls != vm->exc_NameError) return;
  if (e->dict == NULL && (e->dict = dict_new(vm)) == NULL) return;
  dict_set_cstr(vm, e->dict, "name", OBJ_VAL(name));
  e->globals = globals;
}

void exc_record_attribute_error(VM *vm, Value obj, ObjStr *name) {
  if (!IS_EXCEPTION(vm->exception) || !vm_exception_matches(vm, vm->exc_AttributeError)) return;
  ObjException *e = AS_EXCEPTION(vm->exception);
  Value v;
  if (e->dict != NULL && (dict_get_cstr(vm, e->dict, "name", &v) || dict_get_cstr(vm, e->dict, "obj", &v)))
    return;   /* already augmented (by an inner lookup, or by its raiser) */
  if (e->dict == NULL && (e->dict = dict_new(vm)) == NULL) return;
  if (dict_set_cstr(vm, e->dict, "name", OBJ_VAL(name))) dict_set_cstr(vm, e->dict, "obj", obj);
}

/* CPython 3.11's Python/suggestions.c: a Levenshtein distance where a
** case flip costs 1 and every other edit 2; names with more than 40 bytes
** left after trimming common affixes are never suggested, and a list of
** 750 candidates or more is not searched at all. */
#define MOVE_COST 2
#define CASE_COST 1
#define MAX_CANDIDATE_ITEMS 750
#define MAX_STRING_SIZE 40

/* A candidate name: UTF-8 bytes (CPython compares bytes too). */
typedef struct {
  const char *s;
  size_t len;
} Candidate;

/* A growable array of candidates (malloc'd; the strings belong to strs
** that stay alive while the suggestion is computed: nothing runs meanwhile). */
typedef struct {
  Candidate *items;
  size_t count, capacity;
} Candidates;

static void cand_add(Candidates *c, const char *s, size_t len) {
  if (c->count == c->capacity) {
    size_t cap = c->capacity ? c->capacity * 2 : 64;
    Candidate *n = realloc(c->items, cap * sizeof *n);
    if (n == NULL) return;   /* out of memory: fewer candidates */
    c->items = n;
    c->capacity = cap;
  }
  c->items[c->count++] = (Candidate){s, len};
}

/* Add the str keys of [d] in order. */
static void cand_add_keys(Candidates *c, ObjDict *d) {
  size_t pos = 0;
  Value k, v;
  while (d != NULL && dict_next(d, &pos, &k, &v))
    if (IS_STR(k)) cand_add(c, AS_STR(k)->chars, AS_STR(k)->len);
}

static size_t substitution_cost(char a, char b) {
  if ((a & 31) != (b & 31)) return MOVE_COST;   /* not the same letter in another case? */
  if (a == b) return 0;
  if ('A' <= a && a <= 'Z') a += 'a' - 'A';
  if ('A' <= b && b <= 'Z') b += 'a' - 'A';
  return a == b ? CASE_COST : MOVE_COST;
}

/* The distance between [a] and [b], or more than [max_cost] when it is
** known to exceed it (levenshtein_distance, one row updated in place). */
static size_t levenshtein(const char *a, size_t a_size, const char *b, size_t b_size,
                          size_t max_cost) {
  while (a_size && b_size && a[0] == b[0]) { a++; a_size--; b++; b_size--; }
  while (a_size && b_size && a[a_size - 1] == b[b_size - 1]) { a_size--; b_size--; }
  if (a_size == 0 || b_size == 0) return (a_size + b_size) * MOVE_COST;
  if (a_size > MAX_STRING_SIZE || b_size > MAX_STRING_SIZE) return max_cost + 1;
  if (b_size < a_size) {   /* the shorter one is the row */
    const char *t = a; a = b; b = t;
    size_t n = a_size; a_size = b_size; b_size = n;
  }
  if ((b_size - a_size) * MOVE_COST > max_cost) return max_cost + 1;
  size_t row[MAX_STRING_SIZE];
  for (size_t i = 0; i < a_size; i++) row[i] = (i + 1) * MOVE_COST;
  size_t result = 0;
  for (size_t bi = 0; bi < b_size; bi++) {
    size_t distance = result = bi * MOVE_COST;
    size_t minimum = (size_t)-1;
    for (size_t i = 0; i < a_size; i++) {
      size_t substitute = distance + substitution_cost(b[bi], a[i]);
      distance = row[i];
      size_t insert_delete = (result < distance ? result : distance) + MOVE_COST;
      result = insert_delete < substitute ? insert_delete : substitute;
      row[i] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > max_cost) return max_cost + 1;   /* the whole row is too expensive? */
  }
  return result;
}

/* The nearest candidate to [name], the first one on ties (NULL: none near
** enough), as calculate_suggestions. */
static const Candidate *best_candidate(const Candidates *c, ObjStr *name) {
  if (c->count >= MAX_CANDIDATE_ITEMS) return NULL;
  const Candidate *best = NULL;
  size_t best_distance = (size_t)-1;
  for (size_t i = 0; i < c->count; i++) {
    const Candidate *it = &c->items[i];
    if (it->len == name->len && memcmp(it->s, name->chars, it->len) == 0) continue;
    /* No more than 1/3 of the involved characters should need changing,
    ** and a match already beaten is not taken. */
    size_t max_distance = (name->len + it->len + 3) * MOVE_COST / 6;
    if (best != NULL && best_distance - 1 < max_distance) max_distance = best_distance - 1;
    size_t d = levenshtein(name->chars, name->len, it->s, it->len, max_distance);
    if (d > max_distance) continue;
    if (best == NULL || d < best_distance) { best = it; best_distance = d; }
  }
  return best;
}

/* The keys of CPython 3.11's builtins module in its dict order, which
** decides ties between builtins (orrery's dict has another order). */
static const char *const cpython_builtins[] = {
  "__name__", "__doc__", "__package__", "__loader__", "__spec__", "__build_class__",
  "__import__", "abs", "all", "any", "ascii", "bin", "breakpoint", "callable", "chr",
  "compile", "delattr", "dir", "divmod", "eval", "exec", "format", "getattr", "globals",
  "hasattr", "hash", "hex", "id", "input", "isinstance", "issubclass", "iter", "aiter",
  "len", "locals", "max", "min", "next", "anext", "oct", "ord", "pow", "print", "repr",
  "round", "setattr", "sorted", "sum", "vars", "None", "Ellipsis", "NotImplemented",
  "False", "True", "bool", "memoryview", "bytearray", "bytes", "classmethod", "complex",
  "dict", "enumerate", "filter", "float", "frozenset", "property", "int", "list", "map",
  "object", "range", "reversed", "set", "slice", "staticmethod", "str", "super", "tuple",
  "type", "zip", "__debug__", "BaseException", "BaseExceptionGroup", "Exception",
  "GeneratorExit", "KeyboardInterrupt", "SystemExit", "ArithmeticError", "AssertionError",
  "AttributeError", "BufferError", "EOFError", "ImportError", "LookupError", "MemoryError",
  "NameError", "OSError", "ReferenceError", "RuntimeError", "StopAsyncIteration",
  "StopIteration", "SyntaxError", "SystemError", "TypeError", "ValueError", "Warning",
  "FloatingPointError", "OverflowError", "ZeroDivisionError", "BytesWarning",
  "DeprecationWarning", "EncodingWarning", "FutureWarning", "ImportWarning",
  "PendingDeprecationWarning", "ResourceWarning", "RuntimeWarning", "SyntaxWarning",
  "UnicodeWarning", "UserWarning", "BlockingIOError", "ChildProcessError",
  "ConnectionError", "FileExistsError", "FileNotFoundError", "InterruptedError",
  "IsADirectoryError", "NotADirectoryError", "PermissionError", "ProcessLookupError",
  "TimeoutError", "IndentationError", "IndexError", "KeyError", "ModuleNotFoundError",
  "NotImplementedError", "RecursionError", "UnboundLocalError", "UnicodeError",
  "BrokenPipeError", "ConnectionAbortedError", "ConnectionRefusedError",
  "ConnectionResetError", "TabError", "UnicodeDecodeError", "UnicodeEncodeError",
  "UnicodeTranslateError", "ExceptionGroup", "EnvironmentError", "IOError", "open", "quit",
  "exit", "copyright", "credits", "license", "help",
};
#define N_CPYTHON_BUILTINS (sizeof cpython_builtins / sizeof cpython_builtins[0])

/* The builtins' names: CPython's in CPython's order, then orrery's others. */
static void cand_add_builtins(VM *vm, Candidates *c) {
  Value v;
  for (size_t i = 0; i < N_CPYTHON_BUILTINS; i++)
    if (dict_get_cstr(vm, vm->builtins, cpython_builtins[i], &v))
      cand_add(c, cpython_builtins[i], strlen(cpython_builtins[i]));
  size_t pos = 0;
  Value k;
  while (dict_next(vm->builtins, &pos, &k, &v)) {
    if (!IS_STR(k)) continue;
    size_t i = 0;
    while (i < N_CPYTHON_BUILTINS && strcmp(cpython_builtins[i], AS_STR(k)->chars) != 0) i++;
    if (i == N_CPYTHON_BUILTINS) cand_add(c, AS_STR(k)->chars, AS_STR(k)->len);
  }
}

static int cand_compare(const void *x, const void *y) {
  const Candidate *a = x, *b = y;
  int r = memcmp(a->s, b->s, a->len < b->len ? a->len : b->len);
  return r != 0 ? r : (a->len > b->len) - (a->len < b->len);
}

/* Add the NULL-terminated [names]. */
static void cand_add_names(Candidates *c, const char *const *names) {
  for (; *names != NULL; names++) cand_add(c, *names, strlen(*names));
}

/* Names CPython's dir() shows that orrery keeps out of class dicts (its
** special attributes): object's slots, and those of exceptions and functions. */
static const char *const object_names[] = {
  "__class__", "__delattr__", "__dir__", "__doc__", "__eq__", "__format__", "__ge__",
  "__getattribute__", "__gt__", "__hash__", "__init__", "__init_subclass__", "__le__",
  "__lt__", "__ne__", "__new__", "__reduce__", "__reduce_ex__", "__repr__", "__setattr__",
  "__sizeof__", "__str__", "__subclasshook__", NULL,
};
static const char *const exception_names[] = {
  "args", "with_traceback", "add_note", "__traceback__", "__context__", "__cause__",
  "__suppress_context__", "__dict__", "__setstate__", NULL,
};
static const char *const function_names[] = {
  "__annotations__", "__builtins__", "__call__", "__closure__", "__code__", "__defaults__",
  "__dict__", "__get__", "__globals__", "__kwdefaults__", "__module__", "__name__",
  "__qualname__", NULL,
};

/* dir(obj) as CPython's object.__dir__ / type.__dir__ / module.__dir__
** give it for suggestions: the own dict's names and, except for modules,
** those of the class (or, for a class, of itself) and its bases; sorted,
** without duplicates.  (A user __dir__ is not called.) */
static void cand_add_dir(VM *vm, Candidates *c, Value obj) {
  ObjClass *cls = NULL;
  switch (obj_kind(obj)) {
    case OBJ_MODULE: cand_add_keys(c, AS_MODULE(obj)->dict); break;
    case OBJ_CLASS: cls = AS_CLASS(obj); break;
    case OBJ_INSTANCE: cand_add_keys(c, AS_INSTANCE(obj)->dict); cls = value_class(vm, obj); break;
    case OBJ_EXCEPTION:
      cand_add_keys(c, AS_EXCEPTION(obj)->dict);
      cand_add_names(c, exception_names);
      cls = value_class(vm, obj);
      break;
    case OBJ_FUNCTION:
      cand_add_keys(c, AS_FUNCTION(obj)->dict);
      cand_add_names(c, function_names);
      cls = value_class(vm, obj);
      break;
    default: cls = value_class(vm, obj); break;
  }
  if (cls != NULL) cand_add_names(c, object_names);
  for (; cls != NULL; cls = cls->base) cand_add_keys(c, cls->dict);
  if (c->count == 0) return;
  qsort(c->items, c->count, sizeof *c->items, cand_compare);
  size_t n = 1;
  for (size_t i = 1; i < c->count; i++)
    if (cand_compare(&c->items[i], &c->items[n - 1]) != 0) c->items[n++] = c->items[i];
  c->count = n;
}

ObjStr *exc_suggestion(VM *vm, Value exc) {
  if (!IS_EXCEPTION(exc) || AS_EXCEPTION(exc)->dict == NULL) return NULL;
  ObjException *e = AS_EXCEPTION(exc);
  ObjClass *cls = e->obj.cls;
  Value name, obj;
  /* Only these two classes themselves, not their subclasses (as CPython). */
  if ((cls != vm->exc_NameError && cls != vm->exc_AttributeError) ||
      !dict_get_cstr(vm, e->dict, "name", &name) || !IS_STR(name))
    return NULL;
  Candidates c = {NULL, 0, 0};
  const Candidate *best = NULL;
  if (cls == vm->exc_AttributeError) {
    if (!dict_get_cstr(vm, e->dict, "obj", &obj)) return NULL;
    cand_add_dir(vm, &c, obj);
    best = best_candidate(&c, AS_STR(name));
  } else {
    /* The local variables of the code that raised, its globals, then the
    ** builtins: the first list with a near name wins. */
    ObjTraceback *tb = e->traceback;
    if (tb == NULL) return NULL;
    while (tb->next != NULL) tb = tb->next;
    ObjTuple *varnames = tb->code->varnames;
    for (size_t i = 0; varnames != NULL && i < varnames->count; i++)
      if (IS_STR(varnames->items[i]))
        cand_add(&c, AS_STR(varnames->items[i])->chars, AS_STR(varnames->items[i])->len);
    best = best_candidate(&c, AS_STR(name));
    if (best == NULL && e->globals != NULL) {
      c.count = 0;
      cand_add_keys(&c, e->globals);
      best = best_candidate(&c, AS_STR(name));
    }
    if (best == NULL) {
      c.count = 0;
      cand_add_builtins(vm, &c);
      best = best_candidate(&c, AS_STR(name));
    }
  }
  ObjStr *result = NULL;
  if (best != NULL) {
    Value saved = vm->exception;
    result = str_new(vm, best->s, best->len);
    vm->exception = saved;   /* a MemoryError here only loses the suggestion */
  }
  free(c.items);
  return result;
}

/* }====================================================== */

bool exceptions_init(VM *vm) {
  ObjDict *d = vm->exc_BaseException->dict;
  define_native(vm, d, "__new__", exc_m_new);
  define_native(vm, d, "__init__", exc_m_init);
  define_native(vm, d, "__repr__", exc_m_repr);
  define_native(vm, d, "__str__", exc_m_str);
  define_native(vm, d, "with_traceback", exc_m_with_traceback);
  define_native(vm, d, "add_note", exc_m_add_note);
  define_native(vm, vm->exc_OSError->dict, "__new__", oserror_m_new);
  define_native(vm, vm->exc_OSError->dict, "__init__", oserror_m_init);
  define_native(vm, vm->exc_BaseExceptionGroup->dict, "__new__", eg_m_new);
  define_native(vm, vm->exc_BaseExceptionGroup->dict, "__init__", eg_m_init);
  define_native(vm, vm->exc_ExceptionGroup->dict, "__new__", eg_m_new);
  define_native(vm, vm->exc_ExceptionGroup->dict, "__init__", eg_m_init);
  return dict_set_cstr(vm, vm->builtins, "EnvironmentError", OBJ_VAL(vm->exc_OSError)) &&
         dict_set_cstr(vm, vm->builtins, "IOError", OBJ_VAL(vm->exc_OSError));
}
