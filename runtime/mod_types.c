/*
** mod_types.c -- the parts of the `types` module teaching code uses:
** types.coroutine, which makes a generator function's generators awaitable
** (generator-based coroutines, as asyncio's own bare yields are written),
** and the names of the builtin types of functions and generators.
*/
#include "runtime/builtins.h"

/* types.coroutine(func): as CPython's, mark a generator function so its
** generators may be awaited (CO_ITERABLE_COROUTINE); anything else is
** returned unchanged. */
static bool types_coroutine(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  if (!args_check(vm, "coroutine", argc, kwargs, 1, 1)) return false;
  if (!IS_OBJ(args[0]) || !(IS_FUNCTION(args[0]) || IS_KIND(args[0], OBJ_NATIVE) ||
                            IS_CLASS(args[0]) || IS_KIND(args[0], OBJ_BOUND_METHOD) ||
                            IS_KIND(args[0], OBJ_INSTANCE)))
    return vm_raise(vm, vm->exc_TypeError, "types.coroutine() expects a callable");
  if (IS_FUNCTION(args[0])) {
    ObjCode *code = AS_FUNCTION(args[0])->code;
    if (code->flags & CO_GENERATOR) code->flags |= CO_ITERABLE_COROUTINE;
  }
  *out = args[0];
  return true;
}

bool mod_types_init(VM *vm) {
  ObjModule *m = module_new(vm, rt_name(vm, "types"));
  if (m == NULL) return false;
  ObjDict *d = m->dict;
  define_native(vm, d, "coroutine", types_coroutine);
  return dict_set_cstr(vm, d, "FunctionType", OBJ_VAL(vm->t_function)) &&
         dict_set_cstr(vm, d, "BuiltinFunctionType", OBJ_VAL(vm->t_builtin_function)) &&
         dict_set_cstr(vm, d, "MethodType", OBJ_VAL(vm->t_method)) &&
         dict_set_cstr(vm, d, "GeneratorType", OBJ_VAL(vm->t_generator)) &&
         dict_set_cstr(vm, d, "CoroutineType", OBJ_VAL(vm->t_coroutine)) &&
         dict_set_cstr(vm, d, "AsyncGeneratorType", OBJ_VAL(vm->t_async_generator)) &&
         dict_set_cstr(vm, d, "CodeType", OBJ_VAL(vm->t_code)) &&
         dict_set_cstr(vm, d, "FrameType", OBJ_VAL(vm->t_frame)) &&
         dict_set_cstr(vm, d, "ModuleType", OBJ_VAL(vm->t_module)) &&
         dict_set_cstr(vm, d, "TracebackType", OBJ_VAL(vm->t_traceback)) &&
         runtime_register_module(vm, m);
}
