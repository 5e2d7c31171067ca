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
} FrameEntry;

struct Frame {
  Obj obj;
  ObjCode *code;
  ObjFunction *func;       /* NULL for module code run directly */
  ObjDict *globals;        /* module namespace (LOAD_GLOBAL / STORE_NAME) */
  ObjDict *locals;         /* class bodies / module: the LOAD_NAME namespace */
  Frame *caller;           /* the frame below on the chain, NULL at the bottom */
  uint8_t *ip;             /* next instruction (saved before anything that raises) */
  Value *sp;               /* first free value-stack slot */
  ObjCoro *coro;           /* owning generator/coroutine, or NULL */
  Value exc_info;          /* exception handled in this frame (PUSH_EXC_INFO), or NONE */
  FrameEntry entry;
  int nblocks;             /* SETUP_FINALLY blocks in use */
  uint32_t last_offset;    /* offset of the instruction executing / suspended */
  Block *blocks;           /* points into the trailing storage */
  Value *stack;            /* bottom of the value stack, inside slots[] */
  Value slots[];
};

/* Allocate a frame for [code] with every slot UNDEF and an empty stack.
** Returns NULL after raising MemoryError. */
Frame *frame_new(VM *vm, ObjCode *code, ObjFunction *func, ObjDict *globals);

/* [f] has finished (returned or raised) and nothing refers to it any more:
** keep it on its code object's free list (linked through caller) for the
** next call; a recursion needs as many frames as it is deep, so a list
** rather than one frame.  Frames of generators and coroutines are never
** recycled (their objects own them). */
void frame_release(Frame *f);

/* Register the frame attributes (f_lineno, f_locals, f_code, f_back,
** f_globals) on the frame class. */
void frame_init_type(VM *vm);

/* The line the frame is at (for tracebacks, f_lineno). */
int frame_line(Frame *f);

/* The source position of the instruction at [offset] of [code]. */
const CodePosition *code_position(ObjCode *code, uint32_t offset);

#endif
