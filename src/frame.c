/*
** frame.c -- allocation of heap frames and position lookups.
*/
#include "src/frame.h"

#include "src/gc.h"
#include "src/vm.h"

Frame *frame_new(VM *vm, ObjCode *code, ObjFunction *func, ObjDict *globals) {
  size_t nslots = (size_t)(code->nlocals + code->ncells + code->nfrees + code->stacksize);
  Frame *f = code->frame_cache;
  bool fresh = f == NULL;
  if (f != NULL) {
    code->frame_cache = NULL;            /* reuse the last finished frame */
  } else {
    size_t size = sizeof(Frame) + nslots * sizeof(Value) + (size_t)code->maxblocks * sizeof(Block);
    f = (Frame *)gc_alloc(vm, size, OBJ_FRAME, vm->t_frame);
    if (f == NULL) return NULL;
  }
  f->code = code;
  f->func = func;
  f->globals = globals;
  f->locals = NULL;
  f->caller = NULL;
  f->ip = code->code;
  f->coro = NULL;
  f->exc_info = NONE_VAL;
  f->entry = FRAME_ENTRY_CALL;
  f->nblocks = 0;
  f->last_offset = 0;
  f->stack = f->slots + code->nlocals + code->ncells + code->nfrees;
  /* Locals and cells start unbound (a recycled frame's already are); the
  ** stack needs no clearing: only [stack, sp) is ever read or traced. */
  if (fresh) for (Value *v = f->slots; v < f->stack; v++) *v = UNDEF_VAL;
  f->sp = f->stack;
  f->blocks = (Block *)(f->slots + nslots);
  return f;
}

void frame_release(Frame *f) {
  ObjCode *code = f->code;
  if (f->coro != NULL || code->frame_cache != NULL) return;
  /* Drop what the frame refers to, so the cache keeps nothing alive. */
  size_t n = (size_t)(f->stack - f->slots);
  for (size_t i = 0; i < n; i++) f->slots[i] = UNDEF_VAL;
  f->sp = f->stack;
  f->func = NULL;
  f->globals = NULL;
  f->locals = NULL;
  f->caller = NULL;
  f->exc_info = NONE_VAL;
  code->frame_cache = f;
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
  const CodePosition *p = code_position(f->code, f->last_offset);
  return p && p->line > 0 ? p->line : f->code->firstlineno;
}
