/*
** modules.c -- import: sys.modules first, then the modules made in C
** (sys; time, random, types and math built at their first import; asyncio
** registers itself), then the runtime library
** (runtime/lib/, precompiled at build time: frozen modules), then NAME.py
** beside the main script.
*/
#include "runtime/runtime.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/builtins.h"
#include "src/files.h"
#include "src/marshal.h"

/* Run the frozen module [fm] (BUILD/gen/frozen.c, tools/freeze.c) in
** [globals]: its code object is loaded from the bytes compiled at build
** time (co_filename "<frozen NAME>", as a compile at run time would give)
** and run as module code.  VM_RETURN, or VM_ERROR with the exception
** pending. */
static VMResult run_frozen(VM *vm, const FrozenModule *fm, ObjDict *globals) {
  ObjCode *code = code_load(vm, fm->bytes, fm->size);
  if (code == NULL) return VM_ERROR;
  vm_push_root(vm, OBJ_VAL(code));
  Value result;
  VMResult r = vm_run_code(vm, code, globals, &result);
  vm_pop_root(vm, 1);
  return r;
}

/* Run the module [name]: the frozen module [frozen] if not NULL (no
** __file__, as CPython's frozen modules), else [source] read from [path].
** It is registered in sys.modules first, and removed again if it fails,
** as CPython. */
static bool run_module(VM *vm, ObjStr *name, const FrozenModule *frozen, const char *source,
                       const char *path, Value *out) {
  ObjModule *m = module_new(vm, name);
  if (m == NULL) return false;
  if (frozen == NULL) {
    m->file = str_from_cstr(vm, path);
    if (m->file == NULL || !dict_set_cstr(vm, m->dict, "__file__", OBJ_VAL(m->file))) return false;
  }
  if (!dict_set(vm, vm->modules, OBJ_VAL(name), OBJ_VAL(m))) return false;
  vm_push_root(vm, OBJ_VAL(m));
  VMResult r = frozen ? run_frozen(vm, frozen, m->dict)
                      : vm_run_source(vm, source, path, m->dict, false);
  vm_pop_root(vm, 1);
  if (r == VM_ERROR) {
    Value exc = vm_take_exception(vm);
    vm_push_root(vm, exc);
    dict_del(vm, vm->modules, OBJ_VAL(name), NULL);
    vm_pop_root(vm, 1);
    vm_raise_value(vm, exc);
    return false;
  }
  /* The module may have replaced itself in sys.modules. */
  if (dict_get(vm, vm->modules, OBJ_VAL(name), out) != 1) *out = OBJ_VAL(m);
  return true;
}

bool runtime_run_lib_into(VM *vm, const char *prefix, ObjDict *globals) {
  size_t plen = strlen(prefix);
  for (const FrozenModule *fm = frozen_modules; fm->name != NULL; fm++) {
    if (strncmp(fm->name, prefix, plen) != 0) continue;
    if (run_frozen(vm, fm, globals) != VM_RETURN) return false;
  }
  return true;
}

bool runtime_import(VM *vm, ObjStr *name, Value *out) {
  int r = dict_get(vm, vm->modules, OBJ_VAL(name), out);
  if (r != 0) return r > 0;
  /* A module made in C. */
  if (RT(vm)) {
    int found = runtime_builtin_module(vm, name, out);
    if (found < 0) return false;
    if (found > 0) return dict_set(vm, vm->modules, OBJ_VAL(name), *out);
  }
  /* A module of the runtime library. */
  for (const FrozenModule *fm = frozen_modules; fm->name != NULL; fm++)
    if (strcmp(fm->name, name->chars) == 0) return run_module(vm, name, fm, NULL, NULL, out);
  /* NAME.py in the main script's directory ('.' for -c and the REPL). */
  if (strchr(name->chars, '/') == NULL && name->chars[0] != '.') {
    const char *sp = vm->script_path;
    const char *slash = sp ? strrchr(sp, '/') : NULL;
    size_t dlen = slash ? (size_t)(slash - sp) : 1;
    char *path = malloc(dlen + name->len + 8);
    if (path == NULL) return vm_raise_memory(vm);
    if (slash) memcpy(path, sp, dlen);
    else path[0] = '.';
    snprintf(path + dlen, name->len + 8, "/%s.py", name->chars);
    char *source = file_read_path(path);
    if (source != NULL) {
      bool ok = run_module(vm, name, NULL, source, path, out);
      free(source);
      free(path);
      return ok;
    }
    free(path);
  }
  ObjException *e = NULL;
  ObjStr *msg = str_printf(vm, "No module named '%s'", name->chars);
  if (msg != NULL) e = exc_new(vm, vm->exc_ModuleNotFoundError, msg);
  if (e == NULL) return false;
  if (e->dict == NULL) e->dict = dict_new(vm);
  if (e->dict != NULL) dict_set_cstr(vm, e->dict, "name", OBJ_VAL(name));
  return vm_raise_value(vm, OBJ_VAL(e));
}
