/*
** frame.h -- heap activation records.
**
** A call to a Python function pushes a Frame and the dispatch loop goes on
** with it; it never recurses in C.  A generator or coroutine owns its frame
** between resumptions.  Layout of a frame's trailing storage:
**
**   slots[0 .. nlocals)                    fast locals (parameters first)
**   slots[nlocals .. +ncells+nfrees)       cells (cellvars, then freevars)
**   slots[... .. +stacksize)               the value stack
**   then maxblocks Blocks (the SETUP_FINALLY stack)
*/
#ifndef SRC_FRAME_H
#define SRC_FRAME_H

#include "src/common.h"
#include "src/object.h"

/* One SETUP_FINALLY entry: where to go, and how deep the stack was. */
typedef struct {
  uint32_t handler;        /* bytecode offset of the handler */
  uint32_t level;          /* value-stack depth when the block was set up */
} Block;

/* How the dispatch loop got into a frame, i.e. what RETURN_VALUE, YIELD_VALUE
** and an escaping exception do with it. */
typedef enum {
  FRAME_ENTRY_C,           /* entered from C (vm_call, coro_resume): leaving
                              it returns from that C-level run of the loop */
  FRAME_ENTRY_CALL,        /* pushed by CALL: the result goes to the caller */
  FRAME_ENTRY_SEND,        /* a coroutine/generator resumed inline by SEND in
                              the caller: a yield or return goes back to it */
  FRAME_ENTRY_GEN_SEND,    /* a generator resumed inline by CALL of its send():
                              a yield is the call's result; a return raises
                              StopIteration in the caller, as send() does */
  FRAME_ENTRY_GEN_FOR,     /* a generator resumed inline by FOR_ITER: a yield is
                              the next item; a return ends the loop */
} FrameEntry;

/* A frame of a sleeping task is most of its memory, so the header is kept
** to 96 bytes (with GC_GRAIN blocks, 16 fewer bytes is one class down):
**   - the function called is not kept: what its running frame needs of it
**     is here already (code, globals; defaults and closure cells were copied
**     into slots when it was called), so nothing reads it;
**   - exc_info is an object pointer, not a Value: it only ever holds an
**     exception (or nothing); read and write it with frame_exc_info and
**     frame_set_exc_info, which speak None for NULL. */
struct Frame {
  Obj obj;
  ObjCode *code;
  ObjDict *globals;        /* module namespace (LOAD_GLOBAL / STORE_NAME) */
  ObjDict *locals;         /* class bodies / module: the LOAD_NAME namespace */
  Frame *caller;           /* the frame below on the chain, NULL at the bottom */
  uint8_t *ip;             /* next instruction (saved before anything that raises) */
  Value *sp;               /* first free value-stack slot */
  ObjCoro *coro;           /* owning generator/coroutine, or NULL */
  Obj *exc_info;           /* exception handled in this frame (PUSH_EXC_INFO), or
                              NULL for none (sys.exc_info() is then None) */
  uint8_t entry;           /* a FrameEntry */
  bool escaped;            /* handed to Python code (gi_frame, f_back, ...)? never recycled */
  uint16_t nblocks;        /* SETUP_FINALLY blocks in use (at most code->maxblocks) */
  uint32_t last_offset;    /* offset of the instruction executing / suspended */
  Value slots[];           /* see the layout above: frame_stack and frame_blocks
                              find the value stack and the blocks in it (a
                              suspended coroutine's frame is most of the
                              memory of a sleeping task: no pointers to them) */
};

/* The exception handled in [f] (sys.exc_info()[1]), or NONE_VAL. */
static inline Value frame_exc_info(const Frame *f) {
  return f->exc_info != NULL ? OBJ_VAL(f->exc_info) : NONE_VAL;
}
/* Set the exception handled in [f] to [exc]: an exception, or None (or
** UNDEF) for none. */
static inline void frame_set_exc_info(Frame *f, Value exc) {
  f->exc_info = IS_OBJ(exc) ? AS_OBJ(exc) : NULL;
}

/* The size in bytes of a frame for [code] (slots and blocks included). */
static inline size_t frame_bytes(const ObjCode *code) {
  return sizeof(Frame) + (size_t)(code->nfixed + code->stacksize) * sizeof(Value) +
         (size_t)code->maxblocks * sizeof(Block);
}

/* The bottom of [f]'s value stack, inside slots[]. */
static inline Value *frame_stack(const Frame *f) { return (Value *)f->slots + f->code->nfixed; }
/* [f]'s SETUP_FINALLY blocks, after the value stack. */
static inline Block *frame_blocks(const Frame *f) {
  return (Block *)(frame_stack(f) + f->code->stacksize);
}

/* The slow half of frame_new: a new block for a frame of [code], its
** locals and cells UNDEF.  NULL after raising MemoryError. */
Frame *frame_alloc(VM *vm, ObjCode *code);

/* A frame for [code] with every local and cell UNDEF and an empty stack:
** a finished one from the code object's free list (frame_release), or a new
** one.  Returns NULL after raising MemoryError.  Inline: every Python call
** goes through it.  [func] is the function called (NULL for module code);
** the frame does not keep it (see struct Frame). */
static inline Frame *frame_new(VM *vm, ObjCode *code, ObjFunction *func, ObjDict *globals) {
  Frame *f = code->frame_cache;
  if (f != NULL) code->frame_cache = f->caller;   /* reuse a finished frame of this code */
  else if ((f = frame_alloc(vm, code)) == NULL) return NULL;
  /* Already so in a new frame (frame_alloc) and in a released one
     (frame_release): code, sp == frame_stack(f), locals NULL,
     coro NULL, exc_info NULL, not escaped.  The stack needs no clearing:
     only [stack, sp) is ever read or traced. */
  (void)func;
  f->globals = globals;
  f->caller = NULL;
  f->ip = code->code;
  f->entry = FRAME_ENTRY_CALL;
  f->nblocks = 0;
  f->last_offset = 0;
  return f;
}

/* [f] has finished (returned or raised): keep it on its code object's free
** list (linked through caller) for the next call; a recursion needs as many
** frames as it is deep, so a list rather than one frame.  Not recycled: a
** frame still owned by a generator or coroutine (the VM detaches a finished
** one's frame before releasing it) and a frame Python code has seen
** (frame_escape), which the collector frees once nothing refers to it.
** Inline: every return goes through it. */
static inline void frame_release(Frame *f) {
  ObjCode *code = f->code;
  if (f->coro != NULL || f->escaped) return;
  /* Drop what the frame refers to, so the cache keeps nothing alive. */
  size_t n = (size_t)code->nfixed;
  Value *s = f->slots;
  switch (n) {             /* most functions have a few locals: no loop for them */
    default: for (size_t i = 4; i < n; i++) s[i] = UNDEF_VAL;   /* fall through */
    case 4: s[3] = UNDEF_VAL;   /* fall through */
    case 3: s[2] = UNDEF_VAL;   /* fall through */
    case 2: s[1] = UNDEF_VAL;   /* fall through */
    case 1: s[0] = UNDEF_VAL;   /* fall through */
    case 0: break;
  }
  f->sp = s + n;
  f->globals = NULL;
  f->locals = NULL;
  f->exc_info = NULL;
  f->caller = code->frame_cache;         /* the free list links through caller */
  code->frame_cache = f;
}

/* [f] is about to be handed to Python code (gi_frame, cr_frame, f_back,
** sys._getframe): it must outlive its call unchanged, so it will not be
** recycled.  Returns [f] as a Value. */
Value frame_escape(Frame *f);

/* Register the frame attributes (f_lineno, f_locals, f_code, f_back,
** f_globals) on the frame class. */
void frame_init_type(VM *vm);

/* The line the frame is at (for tracebacks, f_lineno). */
int frame_line(Frame *f);

/* The source position of the instruction at [offset] of [code]. */
const CodePosition *code_position(ObjCode *code, uint32_t offset);

#endif
