/*
** frame.c -- allocation of heap frames and position lookups.
*/
#include "src/frame.h"

#include <string.h>

#include "src/gc.h"
#include "src/vm.h"

Frame *frame_alloc(VM *vm, ObjCode *code) {
  size_t nfixed = (size_t)code->nfixed;
  Frame *f = (Frame *)gc_alloc(vm, frame_bytes(code), OBJ_FRAME, vm->t_frame);
  if (f == NULL) return NULL;
  /* Locals and cells start unbound (frame_release leaves a recycled
  ** frame's so too), the stack empty; frame_new fills the rest. */
  for (size_t i = 0; i < nfixed; i++) f->slots[i] = UNDEF_VAL;
  f->code = code;
  f->sp = f->slots + nfixed;
  f->globals = NULL;
  f->locals = NULL;
  f->caller = NULL;
  f->coro = NULL;
  f->exc_info = NULL;
  f->escaped = false;
  return f;
}

Value frame_escape(Frame *f) {
  f->escaped = true;
  return OBJ_VAL(f);
}

const CodePosition *code_position(ObjCode *code, uint32_t offset) {
  if (code->npositions == 0) return NULL;
  /* The last entry whose offset is <= offset: binary search. */
  uint32_t lo = 0, hi = code->npositions;
  while (hi - lo > 1) {
    uint32_t mid = (lo + hi) / 2;
    if (code->positions[mid].offset <= offset) lo = mid; else hi = mid;
  }
  return &code->positions[lo];
}

int frame_line(Frame *f) {
  /* a generator that has not started is at its def line, as in CPython */
  if (f->coro != NULL && f->coro->state == CORO_CREATED) return f->code->firstlineno;
  const CodePosition *p = code_position(f->code, f->last_offset);
  return p && p->line > 0 ? p->line : f->code->firstlineno;
}

/* {====================================================== Python attributes */

/* f_lineno: the current line. */
static bool g_lineno(VM *vm, Value self, int argc, Value *args, ObjDict *kw, Value *out) {
  *out = INT_VAL(frame_line((Frame *)AS_OBJ(args[0])));
  return true;
}

/* f_code */
static bool g_code(VM *vm, Value self, int argc, Value *args, ObjDict *kw, Value *out) {
  *out = OBJ_VAL(((Frame *)AS_OBJ(args[0]))->code);
  return true;
}

/* f_globals */
static bool g_globals(VM *vm, Value self, int argc, Value *args, ObjDict *kw, Value *out) {
  Frame *f = (Frame *)AS_OBJ(args[0]);
  *out = f->globals ? OBJ_VAL(f->globals) : NONE_VAL;
  return true;
}

/* f_back: the frame that called (or resumed) this one, while it runs. */
static bool g_back(VM *vm, Value self, int argc, Value *args, ObjDict *kw, Value *out) {
  Frame *f = (Frame *)AS_OBJ(args[0]);
  *out = f->caller ? frame_escape(f->caller) : NONE_VAL;
  return true;
}

/* f_locals: a snapshot dict of the bound fast locals and cells (module
** and class frames: their namespace), as CPython's PyFrame_GetLocals. */
static bool g_locals(VM *vm, Value self, int argc, Value *args, ObjDict *kw, Value *out) {
  Frame *f = (Frame *)AS_OBJ(args[0]);
  if (f->locals != NULL) { *out = OBJ_VAL(f->locals); return true; }
  ObjDict *d = dict_new(vm);
  if (d == NULL) return false;
  ObjCode *co = f->code;
  for (int i = 0; i < co->nlocals; i++)
    if (!IS_UNDEF(f->slots[i]) && !dict_set(vm, d, co->varnames->items[i], f->slots[i])) return false;
  for (int i = 0; i < co->ncells + co->nfrees; i++) {
    Value cell = f->slots[co->nlocals + i];
    ObjStr *name = AS_STR(i < co->ncells ? co->cellvars->items[i] : co->freevars->items[i - co->ncells]);
    if (IS_KIND(cell, OBJ_CELL) && !IS_UNDEF(AS_CELL(cell)->value) &&
        !dict_set(vm, d, OBJ_VAL(name), AS_CELL(cell)->value)) return false;
  }
  *out = OBJ_VAL(d);
  return true;
}

void frame_init_type(VM *vm) {
  ObjDict *d = vm->t_frame->dict;
  define_getter(vm, d, "f_lineno", g_lineno);
  define_getter(vm, d, "f_code", g_code);
  define_getter(vm, d, "f_globals", g_globals);
  define_getter(vm, d, "f_back", g_back);
  define_getter(vm, d, "f_locals", g_locals);
}

/* }====================================================== */
