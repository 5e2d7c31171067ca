/*
** super.c -- super(), with and without arguments, for single inheritance.
**
** super() without arguments finds its two arguments in the calling frame,
** as CPython's super_init_without_args: the class from the method's
** __class__ cell (the compiler makes one for every method that mentions
** super) and the instance from the method's first parameter.
*/
#include "runtime/super.h"

#include "src/frame.h"
#include "src/gc.h"
#include "runtime/runtime.h"

/* The class the calling method was defined in, and its first argument. */
static bool args_from_frame(VM *vm, ObjClass **type, Value *self) {
  Frame *f = vm->frame;
  if (f == NULL || f->code->argcount == 0)
    return vm_raise(vm, vm->exc_RuntimeError, "super(): no arguments");
  ObjCode *co = f->code;
  Value first = f->slots[0];
  /* A first parameter that is also a cell lives in its cell. */
  for (int i = 0; co->cell2arg && i < co->ncells; i++) {
    if (co->cell2arg[i] == 0 && IS_KIND(f->slots[co->nlocals + i], OBJ_CELL))
      first = AS_CELL(f->slots[co->nlocals + i])->value;
  }
  if (IS_UNDEF(first)) return vm_raise(vm, vm->exc_RuntimeError, "super(): arg[0] deleted");
  for (int i = 0; i < co->nfrees; i++) {
    if (str_eq(AS_STR(co->freevars->items[i]), str_intern(vm, "__class__", 9))) {
      Value cell = f->slots[co->nlocals + co->ncells + i];
      if (!IS_KIND(cell, OBJ_CELL) || !IS_CLASS(AS_CELL(cell)->value))
        return vm_raise(vm, vm->exc_RuntimeError, "super(): empty __class__ cell");
      *type = AS_CLASS(AS_CELL(cell)->value);
      *self = first;
      return true;
    }
  }
  return vm_raise(vm, vm->exc_RuntimeError, "super(): __class__ cell not found");
}

/* super.__new__(cls, [type, [obj]]) */
static bool super_new(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  ObjClass *type = NULL;
  Value obj = NONE_VAL;
  if (argc == 1) {
    if (!args_from_frame(vm, &type, &obj)) return false;
  } else if (argc == 3) {
    if (!IS_CLASS(args[1]))
      return vm_raise(vm, vm->exc_TypeError, "super() argument 1 must be a type, not %s",
                      value_type_name(vm, args[1]));
    type = AS_CLASS(args[1]);
    obj = args[2];
  } else {
    return vm_raise(vm, vm->exc_TypeError, "super() takes 0 or 2 arguments in orrery");
  }
  ObjClass *objtype = IS_CLASS(obj) ? AS_CLASS(obj) : value_class(vm, obj);
  if (!class_is_subclass(objtype, type))
    return vm_raise(vm, vm->exc_TypeError, "super(type, obj): obj must be an instance or subtype of type");
  ObjSuper *s = (ObjSuper *)gc_alloc(vm, sizeof(ObjSuper), OBJ_SUPER, vm->t_super);
  if (s == NULL) return false;
  s->type = type;
  s->self = obj;
  *out = OBJ_VAL(s);
  return true;
}

int super_lookup_attr(VM *vm, Value sup, ObjStr *name, Value *out) {
  ObjSuper *s = (ObjSuper *)AS_OBJ(sup);
  if (str_eq(name, str_intern(vm, "__class__", 9))) { *out = OBJ_VAL(vm->t_super); return 1; }
  Value attr;
  if (!class_lookup(s->type->base, name, &attr)) return 0;
  bool on_class = IS_CLASS(s->self);
  if (IS_KIND(attr, OBJ_PROPERTY)) {
    ObjProperty *p = (ObjProperty *)AS_OBJ(attr);
    if (p->kind == PROP_STATICMETHOD) { *out = p->fget; return 1; }
    if (p->kind == PROP_CLASSMETHOD) {
      Value cls = on_class ? s->self : OBJ_VAL(value_class(vm, s->self));
      ObjBoundMethod *m = bound_method_new(vm, cls, p->fget);
      if (m == NULL) return -1;
      *out = OBJ_VAL(m);
      return 1;
    }
    if (on_class) { *out = attr; return 1; }
    return vm_call(vm, p->fget, 1, &s->self, NULL, out) ? 1 : -1;
  }
  if (!on_class && (IS_FUNCTION(attr) || IS_NATIVE(attr))) {
    ObjBoundMethod *m = bound_method_new(vm, s->self, attr);
    if (m == NULL) return -1;
    *out = OBJ_VAL(m);
    return 1;
  }
  *out = attr;
  return 1;
}

/* repr(super()) as CPython: <super: <class 'B'>, <B object>> */
static bool super_repr(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  ObjSuper *s = (ObjSuper *)AS_OBJ(args[0]);
  ObjClass *c = IS_CLASS(s->self) ? AS_CLASS(s->self) : value_class(vm, s->self);
  ObjStr *r = str_printf(vm, "<super: <class '%s'>, <%s object>>", s->type->name->chars, c->name->chars);
  if (r == NULL) return false;
  *out = OBJ_VAL(r);
  return true;
}

bool super_init(VM *vm) {
  define_native(vm, vm->t_super->dict, "__new__", super_new);
  define_native(vm, vm->t_super->dict, "__repr__", super_repr);
  return dict_set_cstr(vm, vm->builtins, "super", OBJ_VAL(vm->t_super));
}
