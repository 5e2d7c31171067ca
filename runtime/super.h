/*
** super.h -- super(): the proxy that looks attributes up past a class.
*/
#ifndef RUNTIME_SUPER_H
#define RUNTIME_SUPER_H

#include "src/common.h"
#include "src/object.h"
#include "src/vm.h"

/* Register the builtin `super` (its __new__ and repr).  false on MemoryError. */
bool super_init(VM *vm);

/* Look [name] up on the super object [sup] (kind OBJ_SUPER): the classes
** after sup->type in the class chain of its self, bound to self as
** CPython's super_getattro.  1 found (*out), 0 absent, -1 error. */
int super_lookup_attr(VM *vm, Value sup, ObjStr *name, Value *out);

#endif
