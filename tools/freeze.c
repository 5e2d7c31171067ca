/*
** freeze.c -- the build-time tool that precompiles the runtime library
** (CPython's Programs/_freeze_module.c).
**
**   orrery-freeze runtime/lib/NAME.py ... > BUILD/gen/frozen.c
**
** For each file it compiles the source as the runtime used to at run time
** (module code, filename "<frozen NAME>"), dumps the code object with
** code_dump (src/marshal.h) and prints it as a C array, then the table
** `frozen_modules[]` that runtime/modules.c runs them from.  Before
** printing, it checks each dump: loading it must give a code object equal
** to the compiled one field by field (same_code), and dumping that again
** must give the same bytes.  Any failure prints why on stderr and exits
** with status 1, which fails the build (the Makefile deletes the partial
** output: .DELETE_ON_ERROR).
**
** It is linked from the same objects as orrery, with this main and an
** empty frozen_modules table (it never imports the runtime library), so
** building it needs no frozen.c: no cycle.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "src/diag.h"
#include "src/files.h"
#include "src/marshal.h"
#include "src/object.h"
#include "src/parse.h"
#include "src/vm.h"
#include "runtime/bigint.h"
#include "runtime/set.h"

/* The freeze tool runs no frozen module. */
const FrozenModule frozen_modules[] = {{NULL, NULL, 0}};

static bool same_value(VM *vm, Value a, Value b);

/* Two str fields: the same text, both interned (then the same object) or
** both not. */
static bool same_str(ObjStr *a, ObjStr *b) {
  if (a == NULL || b == NULL) return a == b;
  if (a->interned != b->interned || a->len != b->len || a->length != b->length) return false;
  if (a->interned && a != b) return false;
  return memcmp(a->chars, b->chars, a->len) == 0 && a->obj.cls == b->obj.cls;
}

static bool same_tuple(VM *vm, ObjTuple *a, ObjTuple *b) {
  if (a == NULL || b == NULL) return a == b;
  if (a->count != b->count || a->obj.cls != b->obj.cls) return false;
  for (size_t i = 0; i < a->count; i++)
    if (!same_value(vm, a->items[i], b->items[i])) return false;
  return true;
}

/* Every field of two code objects, caches included (both must have none). */
static bool same_code(VM *vm, ObjCode *a, ObjCode *b) {
  if (!same_str(a->name, b->name) || !same_str(a->qualname, b->qualname) ||
      !same_str(a->filename, b->filename))
    return false;
  if (a->firstlineno != b->firstlineno || a->flags != b->flags || a->argcount != b->argcount ||
      a->posonlyargcount != b->posonlyargcount || a->kwonlyargcount != b->kwonlyargcount ||
      a->nlocals != b->nlocals || a->ncells != b->ncells || a->nfrees != b->nfrees ||
      a->stacksize != b->stacksize || a->nfixed != b->nfixed || a->maxblocks != b->maxblocks ||
      a->simple_call != b->simple_call || a->simple_make != b->simple_make)
    return false;
  if (!same_tuple(vm, a->varnames, b->varnames) || !same_tuple(vm, a->cellvars, b->cellvars) ||
      !same_tuple(vm, a->freevars, b->freevars) || !same_tuple(vm, a->consts, b->consts) ||
      !same_tuple(vm, a->names, b->names))
    return false;
  if ((a->cell2arg == NULL) != (b->cell2arg == NULL)) return false;
  if (a->cell2arg && memcmp(a->cell2arg, b->cell2arg, sizeof(int) * (size_t)a->ncells) != 0)
    return false;
  if (a->code_len != b->code_len || (a->code_len && memcmp(a->code, b->code, a->code_len) != 0))
    return false;
  if (a->npositions != b->npositions ||
      (a->npositions && memcmp(a->positions, b->positions, sizeof(CodePosition) * a->npositions) != 0))
    return false;
  return a->frame_cache == NULL && b->frame_cache == NULL && b->global_cache == NULL &&
         b->nglobal_cache == 0 && b->name_hints == NULL && b->nname_hints == 0 &&
         b->class_sites == NULL && b->nclass_sites == 0;
}

/* Equal constants: same type and value; a frozenset with the same table
** (size and the key in every slot), so that it iterates in the same order. */
static bool same_value(VM *vm, Value a, Value b) {
  if (!value_same_unboxed(a, b)) return false;
  if (!IS_OBJ(a)) return true;
  Obj *x = AS_OBJ(a), *y = AS_OBJ(b);
  if (x->kind != y->kind || x->cls != y->cls) return false;
  switch (x->kind) {
    case OBJ_STR: return same_str((ObjStr *)x, (ObjStr *)y);
    case OBJ_TUPLE: return same_tuple(vm, (ObjTuple *)x, (ObjTuple *)y);
    case OBJ_CODE: return same_code(vm, (ObjCode *)x, (ObjCode *)y);
    case OBJ_BIGINT: return bigint_cmp(a, b) == 0;
    case OBJ_SET: {
      ObjSet *s = (ObjSet *)x, *t = (ObjSet *)y;
      if (s->used != t->used || s->fill != t->fill || s->mask != t->mask) return false;
      for (size_t i = 0; i <= s->mask; i++)
        if (s->table[i].hash != t->table[i].hash || !same_value(vm, s->table[i].key, t->table[i].key))
          return false;
      return true;
    }
    default: return false;
  }
}

/* Compile, dump and check one module; print its array.  false after
** printing why on stderr. */
static bool freeze_one(VM *vm, const char *file, const char *name, size_t index) {
  char *source = file_read_path(file);
  if (source == NULL) {
    fprintf(stderr, "orrery-freeze: cannot read %s\n", file);
    return false;
  }
  char filename[256];
  snprintf(filename, sizeof filename, "<frozen %s>", name);
  ObjCode *code = vm_compile(vm, source, filename, PARSE_FILE);
  free(source);
  if (code == NULL) {
    diag_print_exception(vm, stderr, vm_take_exception(vm));
    return false;
  }
  vm_push_root(vm, OBJ_VAL(code));
  uint8_t *bytes = NULL, *again = NULL;
  size_t len = 0, again_len = 0;
  bool ok = code_dump(vm, code, &bytes, &len);
  ObjCode *loaded = ok ? code_load(vm, bytes, len) : NULL;
  ok = loaded != NULL;
  if (ok) {
    vm_push_root(vm, OBJ_VAL(loaded));
    ok = code_dump(vm, loaded, &again, &again_len);
    vm_pop_root(vm, 1);
  }
  if (!ok) {
    fprintf(stderr, "orrery-freeze: %s: ", file);
    diag_print_exception(vm, stderr, vm_take_exception(vm));
  } else if (!same_code(vm, code, loaded)) {
    fprintf(stderr, "orrery-freeze: %s: the loaded code object differs from the compiled one\n", file);
    ok = false;
  } else if (again_len != len || memcmp(bytes, again, len) != 0) {
    fprintf(stderr, "orrery-freeze: %s: dumping the loaded code object gives other bytes\n", file);
    ok = false;
  }
  vm_pop_root(vm, 1);
  if (ok) {
    printf("\n/* %s: %zu bytes */\nstatic const uint8_t frozen_%zu[] = {", file, len, index);
    for (size_t i = 0; i < len; i++) printf("%s%u,", i % 20 == 0 ? "\n  " : "", bytes[i]);
    printf("\n};\n");
  }
  free(bytes);
  free(again);
  return ok;
}

/* The module name of runtime/lib/NAME.py: NAME. */
static bool module_name(const char *file, char *out, size_t size) {
  const char *base = strrchr(file, '/');
  base = base ? base + 1 : file;
  size_t n = strlen(base);
  if (n <= 3 || strcmp(base + n - 3, ".py") != 0 || n - 3 >= size) return false;
  memcpy(out, base, n - 3);
  out[n - 3] = '\0';
  return true;
}

int main(int argc, char **argv) {
  if (argc < 2) {
    fputs("usage: orrery-freeze FILE.py... > frozen.c\n", stderr);
    return 2;
  }
  VM *vm = vm_new();
  if (vm == NULL) return 1;
  printf("/* Generated automatically from the runtime library (runtime/lib) by tools/freeze.c.\n"
         "** Do not edit: the module code objects, as src/marshal.c dumps them. */\n"
         "#include \"src/marshal.h\"\n");
  bool ok = true;
  char name[128];
  for (int i = 1; i < argc && ok; i++) {
    if (!module_name(argv[i], name, sizeof name)) {
      fprintf(stderr, "orrery-freeze: %s: not a NAME.py file\n", argv[i]);
      ok = false;
    } else {
      ok = freeze_one(vm, argv[i], name, (size_t)i);
    }
  }
  if (ok) {
    printf("\nconst FrozenModule frozen_modules[] = {\n");
    for (int i = 1; i < argc; i++) {
      module_name(argv[i], name, sizeof name);
      printf("  {\"%s\", frozen_%d, sizeof frozen_%d},\n", name, i, i);
    }
    printf("  {NULL, NULL, 0},\n};\n");
  }
  vm_free(vm);
  if (fflush(stdout) != 0) ok = false;
  return ok ? 0 : 1;
}
