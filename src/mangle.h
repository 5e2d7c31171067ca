/*
** mangle.h -- private name mangling: `__x` inside class C means `_C__x`.
*/
#ifndef SRC_MANGLE_H
#define SRC_MANGLE_H

#include "src/ast.h"
#include "src/common.h"

/* Rewrite, in place, every private name under a class body of [module] to
** its mangled form, as CPython's _Py_Mangle applies it: names, attributes,
** parameters, def/class names, global/nonlocal names, import bindings and
** `except ... as` names; not keyword arguments of calls.  New names are
** interned strs of [vm] (they outlive the tree).  false on MemoryError. */
bool mangle_module(VM *vm, Node *module);

#endif
