/*
** mod_sys.c -- the sys module: argv, exit, stdout/stderr (objects with
** write and flush), version_info, version, platform, modules, maxsize,
** path, exc_info and the recursion limit.
**
** sys.version_info is a plain tuple (3, 11, 7, 'final', 0), not a named
** tuple: indexing and comparison work, .major does not.
*/
#include "runtime/builtins.h"

#include <stdio.h>
#include <string.h>
#include <unistd.h>

/* The fd a TextIOWrapper instance writes to. */
static int stream_fd(VM *vm, Value self) {
  Value fd;
  if (IS_KIND(self, OBJ_INSTANCE) && dict_get_cstr(vm, AS_INSTANCE(self)->dict, "_fd", &fd) && IS_INT(fd))
    return (int)AS_INT(fd);
  return 1;
}

/* stream.write(s): the number of code points written. */
static bool stream_write(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  if (!args_check_method(vm, "write", argc, kwargs, 1, 1)) return false;
  if (!IS_STR(args[1]))
    return vm_raise(vm, vm->exc_TypeError, "write() argument must be str, not %s", value_type_name(vm, args[1]));
  builtins_write(stream_fd(vm, args[0]), AS_STR(args[1])->chars, AS_STR(args[1])->len);
  *out = INT_VAL((int64_t)AS_STR(args[1])->length);
  return true;
}

static bool stream_flush(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  fflush(stream_fd(vm, args[0]) == 2 ? stderr : stdout);
  *out = NONE_VAL;
  return true;
}

static bool stream_fileno(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  *out = INT_VAL(stream_fd(vm, args[0]));
  return true;
}

static bool stream_isatty(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  *out = BOOL_VAL(isatty(stream_fd(vm, args[0])));
  return true;
}

/* sys.exit([code]): raise SystemExit(code). */
static bool sys_exit(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  if (!args_check(vm, "exit", argc, kwargs, 0, 1)) return false;
  ObjException *e = exc_new(vm, vm->exc_SystemExit, NULL);
  if (e == NULL) return false;
  if (argc > 0) {
    ObjTuple *t = tuple_new(vm, 1);
    if (t == NULL) return false;
    t->items[0] = args[0];
    e->args = t;
  }
  return vm_raise_value(vm, OBJ_VAL(e));
}

static bool sys_getrecursionlimit(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  if (!args_check(vm, "getrecursionlimit", argc, kwargs, 0, 0)) return false;
  *out = INT_VAL(RT(vm)->recursion_limit);
  return true;
}

/* sys._getframe(depth=0): the frame [depth] calls below the caller's, as
** CPython's; ValueError 'call stack is not deep enough' past the bottom. */
static bool sys_getframe(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  if (!args_check(vm, "_getframe", argc, kwargs, 0, 1)) return false;
  int64_t depth = 0;
  if (argc == 1 && !arg_int(vm, args[0], &depth)) return false;
  Frame *f = vm->frame;
  while (f != NULL && depth-- > 0) f = f->caller;
  if (f == NULL) return vm_raise(vm, vm->exc_ValueError, "call stack is not deep enough");
  *out = frame_escape(f);
  return true;
}

static bool sys_setrecursionlimit(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  if (!args_check(vm, "setrecursionlimit", argc, kwargs, 1, 1)) return false;
  int64_t n;
  if (!arg_int(vm, args[0], &n)) return false;
  if (n < 1) return vm_raise(vm, vm->exc_ValueError, "recursion limit must be greater or equal than 1");
  RT(vm)->recursion_limit = n > 1000000 ? 1000000 : (int)n;
  *out = NONE_VAL;
  return true;
}

/* sys.exc_info(): (type, value, traceback) of the exception being handled. */
static bool sys_exc_info(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  Value e = vm_handled_exception(vm);
  ObjTuple *t = tuple_new(vm, 3);
  if (t == NULL) return false;
  if (IS_EXCEPTION(e)) {
    t->items[0] = OBJ_VAL(AS_OBJ(e)->cls);
    t->items[1] = e;
    t->items[2] = AS_EXCEPTION(e)->traceback ? OBJ_VAL(AS_EXCEPTION(e)->traceback) : NONE_VAL;
  }
  *out = OBJ_VAL(t);
  return true;
}

static bool sys_exception(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  Value e = vm_handled_exception(vm);
  *out = IS_EXCEPTION(e) ? e : NONE_VAL;
  return true;
}

/* A TextIOWrapper instance for [fd]. */
static bool make_stream(VM *vm, int fd, Value *out) {
  ObjInstance *o = instance_new(vm, RT(vm)->t_TextIOWrapper);
  if (o == NULL || !dict_set_cstr(vm, o->dict, "_fd", INT_VAL(fd))) return false;
  ObjStr *name = str_from_cstr(vm, fd == 2 ? "<stderr>" : "<stdout>");
  if (name == NULL || !dict_set_cstr(vm, o->dict, "name", OBJ_VAL(name))) return false;
  *out = OBJ_VAL(o);
  return true;
}

bool mod_sys_init(VM *vm) {
  RuntimeState *rt = RT(vm);
  ObjDict *td = rt->t_TextIOWrapper->dict;
  define_native(vm, td, "write", stream_write);
  define_native(vm, td, "flush", stream_flush);
  define_native(vm, td, "fileno", stream_fileno);
  define_native(vm, td, "isatty", stream_isatty);
  if (!make_stream(vm, 1, &rt->sys_stdout) || !make_stream(vm, 2, &rt->sys_stderr)) return false;

  ObjModule *m = module_new(vm, rt_name(vm, "sys"));
  if (m == NULL) return false;
  ObjDict *d = m->dict;
  define_native(vm, d, "exit", sys_exit);
  define_native(vm, d, "getrecursionlimit", sys_getrecursionlimit);
  define_native(vm, d, "setrecursionlimit", sys_setrecursionlimit);
  define_native(vm, d, "_getframe", sys_getframe);
  define_native(vm, d, "exc_info", sys_exc_info);
  define_native(vm, d, "exception", sys_exception);
  ObjTuple *vi = tuple_new(vm, 5);
  ObjStr *final = str_from_cstr(vm, "final");
  ObjStr *version = str_from_cstr(vm, "3.11.7 (orrery " ORRERY_VERSION ")");
  ObjStr *platform = str_from_cstr(vm, "linux");
  ObjStr *byteorder = str_from_cstr(vm, "little");
  ObjStr *executable = str_from_cstr(vm, "orrery");
  ObjList *path = list_new(vm, 0);
  if (vi == NULL || final == NULL || version == NULL || platform == NULL || byteorder == NULL ||
      executable == NULL || path == NULL)
    return false;
  vi->items[0] = INT_VAL(3);
  vi->items[1] = INT_VAL(11);
  vi->items[2] = INT_VAL(7);
  vi->items[3] = OBJ_VAL(final);
  vi->items[4] = INT_VAL(0);
  /* sys.path: the main script's directory (as CPython's first entry). */
  const char *sp = vm->script_path;
  const char *slash = sp ? strrchr(sp, '/') : NULL;
  ObjStr *dir = slash ? str_new(vm, sp, (size_t)(slash - sp)) : str_from_cstr(vm, "");
  if (dir == NULL || !list_append(vm, path, OBJ_VAL(dir))) return false;
  bool ok = dict_set_cstr(vm, d, "argv", vm->argv ? OBJ_VAL(vm->argv) : NONE_VAL) &&
            dict_set_cstr(vm, d, "stdout", rt->sys_stdout) &&
            dict_set_cstr(vm, d, "stderr", rt->sys_stderr) &&
            dict_set_cstr(vm, d, "__stdout__", rt->sys_stdout) &&
            dict_set_cstr(vm, d, "__stderr__", rt->sys_stderr) &&
            dict_set_cstr(vm, d, "version_info", OBJ_VAL(vi)) &&
            dict_set_cstr(vm, d, "version", OBJ_VAL(version)) &&
            dict_set_cstr(vm, d, "platform", OBJ_VAL(platform)) &&
            dict_set_cstr(vm, d, "byteorder", OBJ_VAL(byteorder)) &&
            dict_set_cstr(vm, d, "executable", OBJ_VAL(executable)) &&
            dict_set_cstr(vm, d, "maxsize", INT_VAL(INT64_MAX)) &&
            dict_set_cstr(vm, d, "path", OBJ_VAL(path)) &&
            dict_set_cstr(vm, d, "modules", OBJ_VAL(vm->modules));
  if (!ok) return false;
  /* sys is always imported, as in CPython. */
  return runtime_register_module(vm, m) && dict_set(vm, vm->modules, OBJ_VAL(m->name), OBJ_VAL(m));
}
