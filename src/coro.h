/*
** coro.h -- generators and coroutines: objects that own a suspended frame.
**
** One resume function with three outcomes (MicroPython's
** mp_obj_gen_resume); send, throw, close and __next__ are thin wrappers.
** The semantics are CPython's genobject.c: a just-started coroutine accepts
** only None, a running one cannot be re-entered, a finished one raises
** "cannot reuse already awaited coroutine" (coroutines) or StopIteration
** (generators); throw() is delegated to the awaited object first.
*/
#ifndef SRC_CORO_H
#define SRC_CORO_H

#include "src/common.h"
#include "src/object.h"
#include "src/vm.h"

/* Wrap [frame] (prepared for [func], arguments bound) in a new generator
** or coroutine, depending on the code's flags.  NULL on MemoryError. */
ObjCoro *coro_new(VM *vm, Frame *frame, ObjFunction *func);

/*
** Resume [co].  Exactly one of: [send] is the value sent in (UNDEF means
** None, as __next__), or [throw] is an exception to raise at the
** suspension point (UNDEF for none).
**   VM_SUSPEND: the coroutine yielded *out; it stays suspended.
**   VM_RETURN:  it returned *out; it is closed.  (Callers that implement
**               send() turn this into StopIteration(*out).)
**   VM_ERROR:   an exception escaped (in vm->exception); it is closed.
*/
VMResult coro_resume(VM *vm, ObjCoro *co, Value send, Value throw, Value *out);

/* close(): throw GeneratorExit in; false with an exception pending if the
** coroutine yielded ("coroutine ignored GeneratorExit") or raised another. */
bool coro_close(VM *vm, ObjCoro *co);

/* The object [co] is awaiting / delegating to (cr_await, gi_yieldfrom), or NONE. */
Value coro_awaiting(ObjCoro *co);

/* coro_awaiting for Python code (cr_await, gi_yieldfrom, ag_await): the
** object handed out may now be kept anywhere, so a coroutine loses its
** await_only status (it will not be recycled). */
Value coro_awaiting_escape(ObjCoro *co);

/*
** [co] has just returned to the SEND of the `await f(...)` that made it,
** and its value replaced it in that stack slot: being await_only, nothing
** else refers to it.  Keep it on vm->coro_free for the next coro_new, as
** CPython's refcounting would free it right here and its allocator hand
** the memory to the next coroutine.  The object stays on the all-objects
** list: if no coro_new takes it back before the next collection, that
** collection empties the list and frees it as any unreachable object.
*/
static inline void coro_recycle(VM *vm, ObjCoro *co) {
  co->info = NULL;
  co->next_free = vm->coro_free;     /* co->frame is NULL already (closed) */
  vm->coro_free = co;
}

/*
** Send into any awaitable iterator from C (what SEND and Task.__step do):
** a coroutine or generator, a Future's iterator, or an object with
** send()/__next__ and throw().  [send]/[throw] as for coro_resume.  A
** VM_RETURN from an object's send() (StopIteration(v)) gives v in *out.
*/
VMResult vm_send(VM *vm, Value iter, Value send, Value throw, Value *out);

/* Is [callee] the native generator.send (so that CALL may resume the
** generator inline, as coro_m_send would through coro_resume)? */
static inline bool coro_is_send_method(Value callee);

/* The native send() of generators and coroutines (what coro_is_send_method
** looks for). */
bool coro_m_send(VM *vm, Value self, int argc, Value *args, ObjDict *kw, Value *out);

static inline bool coro_is_send_method(Value callee) {
  return IS_KIND(callee, OBJ_NATIVE) && AS_NATIVE(callee)->fn == coro_m_send;
}

/* Register the coroutine/generator methods (send, throw, close, ...). */
void coro_init_types(VM *vm);

#endif
