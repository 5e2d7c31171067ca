/*
** runtime.c -- runtime/'s entry: runtime_init builds the behaviour of the
** builtin classes (their methods), the exception hierarchy, the builtins
** dict and the runtime modules; calling a class (type.__call__).
*/
#include "runtime/runtime.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "src/gc.h"
#include "runtime/asyncio.h"
#include "runtime/builtins.h"
#include "runtime/bigint.h"
#include "runtime/super.h"

/* Mark everything runtime/ holds outside the object graph. */
static void mark_state(VM *vm) {
  RuntimeState *rt = RT(vm);
  if (rt == NULL) return;
  ObjClass *classes[] = {
    rt->t_slice, rt->t_dict_keys, rt->t_dict_values, rt->t_dict_items,
    rt->t_list_iterator, rt->t_list_reverseiterator, rt->t_tuple_iterator,
    rt->t_str_iterator, rt->t_str_ascii_iterator, rt->t_dict_keyiterator,
    rt->t_dict_valueiterator, rt->t_dict_itemiterator, rt->t_range_iterator,
    rt->t_map, rt->t_filter, rt->t_zip, rt->t_enumerate, rt->t_reversed,
    rt->t_NotImplementedType, rt->t_ellipsis, rt->t_TextIOWrapper,
    rt->t_staticmethod, rt->t_classmethod, rt->exc_EOFError,
  };
  for (size_t i = 0; i < sizeof classes / sizeof classes[0]; i++)
    gc_mark_obj(vm, (Obj *)classes[i]);
  gc_mark_value(vm, rt->not_implemented);
  gc_mark_value(vm, rt->ellipsis);
  gc_mark_value(vm, rt->sys_stdout);
  gc_mark_value(vm, rt->sys_stderr);
  gc_mark_obj(vm, (Obj *)rt->builtin_modules);
}

ObjClass *runtime_new_class(VM *vm, const char *name, ObjClass *base, ObjKind kind) {
  return class_new(vm, name, base ? base : vm->t_object, kind);
}

ObjClass *runtime_new_class_in(VM *vm, const char *name, const char *module, ObjClass *base,
                                ObjKind kind) {
  ObjClass *cls = class_new(vm, name, base ? base : vm->t_object, kind);
  if (cls == NULL) return NULL;
  cls->module = str_from_cstr(vm, module);
  return cls->module ? cls : NULL;
}

bool runtime_register_module(VM *vm, ObjModule *m) {
  return dict_set(vm, RT(vm)->builtin_modules, OBJ_VAL(m->name), OBJ_VAL(m));
}

/* The modules made in C that are built at their first import rather than at
** start-up (random seeds itself then, as CPython's does at import): a
** program that imports none of them does not pay for them. */
static const struct {
  const char *name;
  bool (*init)(VM *vm);    /* builds the module and registers it */
} lazy_modules[] = {
  {"time", mod_time_init},
  {"random", mod_random_init},
  {"types", mod_types_init},
  {"math", mod_math_init},
};

int runtime_builtin_module(VM *vm, ObjStr *name, Value *out) {
  RuntimeState *rt = RT(vm);
  if (dict_get_str(rt->builtin_modules, name, out)) return 1;
  for (size_t i = 0; i < sizeof lazy_modules / sizeof lazy_modules[0]; i++) {
    if (strcmp(name->chars, lazy_modules[i].name) != 0) continue;
    if (!lazy_modules[i].init(vm)) {
      if (IS_UNDEF(vm->exception)) vm_raise_memory(vm);
      return -1;
    }
    return dict_get_str(rt->builtin_modules, name, out) ? 1 : 0;
  }
  return 0;
}

/* Make the classes runtime/ owns (views, iterators, singletons' types). */
static bool make_classes(VM *vm) {
  RuntimeState *rt = RT(vm);
#define MK(field, name, kind) \
  if ((rt->field = runtime_new_class(vm, name, NULL, kind)) == NULL) return false;
  MK(t_slice, "slice", OBJ_NATIVE_ITER)
  MK(t_dict_keys, "dict_keys", OBJ_NATIVE_ITER)
  MK(t_dict_values, "dict_values", OBJ_NATIVE_ITER)
  MK(t_dict_items, "dict_items", OBJ_NATIVE_ITER)
  MK(t_list_iterator, "list_iterator", OBJ_NATIVE_ITER)
  MK(t_list_reverseiterator, "list_reverseiterator", OBJ_NATIVE_ITER)
  MK(t_tuple_iterator, "tuple_iterator", OBJ_NATIVE_ITER)
  MK(t_str_iterator, "str_iterator", OBJ_NATIVE_ITER)
  MK(t_str_ascii_iterator, "str_ascii_iterator", OBJ_NATIVE_ITER)
  MK(t_dict_keyiterator, "dict_keyiterator", OBJ_NATIVE_ITER)
  MK(t_dict_valueiterator, "dict_valueiterator", OBJ_NATIVE_ITER)
  MK(t_dict_itemiterator, "dict_itemiterator", OBJ_NATIVE_ITER)
  MK(t_range_iterator, "range_iterator", OBJ_NATIVE_ITER)
  MK(t_map, "map", OBJ_NATIVE_ITER)
  MK(t_filter, "filter", OBJ_NATIVE_ITER)
  MK(t_zip, "zip", OBJ_NATIVE_ITER)
  MK(t_enumerate, "enumerate", OBJ_NATIVE_ITER)
  MK(t_reversed, "reversed", OBJ_NATIVE_ITER)
  MK(t_NotImplementedType, "NotImplementedType", OBJ_INSTANCE)
  MK(t_ellipsis, "ellipsis", OBJ_INSTANCE)
  MK(t_TextIOWrapper, "TextIOWrapper", OBJ_INSTANCE)
  MK(t_staticmethod, "staticmethod", OBJ_PROPERTY)
  MK(t_classmethod, "classmethod", OBJ_PROPERTY)
#undef MK
  rt->exc_EOFError = class_new(vm, "EOFError", vm->exc_Exception, OBJ_EXCEPTION);
  if (rt->exc_EOFError == NULL) return false;
  rt->t_TextIOWrapper->module = rt_name(vm, "_io");
  ObjInstance *ni = instance_new(vm, rt->t_NotImplementedType);
  ObjInstance *el = instance_new(vm, rt->t_ellipsis);
  if (ni == NULL || el == NULL) return false;
  rt->not_implemented = OBJ_VAL(ni);
  rt->ellipsis = OBJ_VAL(el);
  return true;
}

bool runtime_init(VM *vm) {
  RuntimeState *rt = calloc(1, sizeof(RuntimeState));
  if (rt == NULL) return false;
  vm->runtime = rt;
  rt->recursion_limit = CFG_RECURSION_LIMIT;
  gc_add_root_marker(vm, mark_state);
  if (vm->builtins == NULL && (vm->builtins = dict_new(vm)) == NULL) return false;
  if (vm->modules == NULL && (vm->modules = dict_new(vm)) == NULL) return false;
  if ((rt->builtin_modules = dict_new(vm)) == NULL) return false;
  if (!make_classes(vm)) return false;
  if (!exceptions_init(vm)) return false;
  if (!num_init_methods(vm)) return false;
  if (!str_init_methods(vm)) return false;
  if (!list_init_methods(vm)) return false;
  if (!dict_init_methods(vm)) return false;
  if (!set_init(vm)) return false;
  if (!bigint_init(vm)) return false;
  if (!builtins_init(vm)) return false;
  if (!mod_sys_init(vm)) return false;
  if (!super_init(vm)) return false;
  return asyncio_init(vm);
}

void runtime_free(VM *vm) {
  asyncio_free(vm);
  RuntimeState *rt = RT(vm);
  if (rt == NULL) return;
  free(rt->repr_stack);
  free(rt);
  vm->runtime = NULL;
}

void runtime_shutdown(VM *vm) {
  /* Report the futures whose exception nobody retrieved, as CPython does
     when it frees them at exit. */
  Value pending = vm_take_exception(vm);
  vm_push_root(vm, pending);
  gc_finalize_all(vm);
  vm_pop_root(vm, 1);
  if (!IS_UNDEF(pending)) vm_raise_value(vm, pending);
  fflush(stdout);
  fflush(stderr);
}

/* Call [fn] (a native directly, anything else through vm_call). */
static bool call_any(VM *vm, Value fn, int argc, Value *args, ObjDict *kwargs, Value *out) {
  if (IS_NATIVE(fn)) {
    ObjNative *n = AS_NATIVE(fn);
    return n->fn(vm, n->self, argc, args, kwargs, out);
  }
  return vm_call(vm, fn, argc, args, kwargs, out);
}

bool runtime_call_class(VM *vm, ObjClass *cls, int argc, Value *args, ObjDict *kwargs,
                        Value *out) {
  /* type(x): the one-argument form answers the class. */
  if (cls == vm->t_type && argc == 1 && (kwargs == NULL || kwargs->count == 0)) {
    *out = OBJ_VAL(value_class(vm, args[0]));
    return true;
  }
  Value newf, initf, obj_new = UNDEF_VAL, obj_init = UNDEF_VAL;
  if (!class_lookup(cls, rt_name(vm, "__new__"), &newf))
    return vm_raise(vm, vm->exc_TypeError, "cannot create '%s' instances", cls->name->chars);
  if (IS_KIND(newf, OBJ_PROPERTY)) newf = ((ObjProperty *)AS_OBJ(newf))->fget;
  dict_get_str(vm->t_object->dict, rt_name(vm, "__new__"), &obj_new);
  dict_get_str(vm->t_object->dict, rt_name(vm, "__init__"), &obj_init);

  /* The arguments with the class (for __new__) or the object (for
  ** __init__) in front. */
  Value small[8];
  Value *argv = argc + 1 <= 8 ? small : malloc(sizeof(Value) * (size_t)(argc + 1));
  if (argv == NULL) return vm_raise_memory(vm);
  argv[0] = OBJ_VAL(cls);
  for (int i = 0; i < argc; i++) argv[i + 1] = args[i];
  vm_push_root(vm, OBJ_VAL(cls));
  bool ok = call_any(vm, newf, argc + 1, argv, kwargs, out);
  if (ok && !cls->is_builtin && value_is_instance(vm, *out, cls)) {
    /* A class defined in Python: run its __init__ on the new object. */
    bool has_init = class_lookup(cls, rt_name(vm, "__init__"), &initf);
    bool own_init = has_init && !(IS_OBJ(initf) && IS_OBJ(obj_init) && AS_OBJ(initf) == AS_OBJ(obj_init));
    bool own_new = !(IS_OBJ(newf) && IS_OBJ(obj_new) && AS_OBJ(newf) == AS_OBJ(obj_new));
    if (own_init && !(IS_NATIVE(initf) && class_is_subclass(cls, vm->exc_BaseException))) {
      Value obj = *out, res;
      vm_push_root(vm, obj);
      argv[0] = obj;
      ok = call_any(vm, initf, argc + 1, argv, kwargs, &res);
      if (ok && !IS_NONE(res))
        ok = vm_raise(vm, vm->exc_TypeError, "__init__() should return None, not '%s'",
                      value_type_name(vm, res));
      vm_pop_root(vm, 1);
      *out = obj;
    } else if (!own_init && !own_new && (argc > 0 || (kwargs != NULL && kwargs->count > 0))) {
      ok = vm_raise(vm, vm->exc_TypeError, "%s() takes no arguments", cls->name->chars);
    }
  }
  vm_pop_root(vm, 1);
  if (argv != small) free(argv);
  return ok;
}
