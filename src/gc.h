/*
** gc.h -- the precise mark-and-sweep collector that owns every heap object.
**
** Allocation (gc_alloc) never collects.  Collection happens only at safe
** points of the dispatch loop (calls, backward jumps) when vm->bytes_allocated
** passed vm->next_gc, or at every safe point with CFG_GC_STRESS.  Roots: the
** frame chain from vm->frame, the VM's builtin classes and modules, the
** interned-string table (weak), vm->roots (the explicit root stack for C
** code), the pending exception, and whatever runtime/ registers with
** gc_add_root_marker (the event loop's queues and timers).
*/
#ifndef SRC_GC_H
#define SRC_GC_H

#include "src/common.h"
#include "src/object.h"

/* What the collector must know about one kind of object. */
typedef struct {
  /* Mark every Value/Obj the object refers to (gc_mark_value/gc_mark_obj). */
  void (*trace)(VM *vm, Obj *o);
  /* Free what the object owns outside its own block (arrays); NULL if none.
     The object's block itself is freed by the collector. */
  void (*finalize)(VM *vm, Obj *o);
  /* Size of the object's block, for accounting (obj_size). */
  size_t (*size)(Obj *o);
  /* For native awaitable iterators (a Future's iterator): what SEND and
     vm_send do with them (see coro.h vm_send); NULL otherwise. */
  int (*send)(VM *vm, Obj *o, Value send, Value throw, Value *out); /* a VMResult */
  /* For native awaitables (a Future): what GET_AWAITABLE returns; NULL otherwise. */
  bool (*get_awaitable)(VM *vm, Obj *o, Value *out);
  /* Python-visible finalizers (CPython's __del__ of a Future whose exception
     nobody retrieved): does [o], found unreachable, need one?  Such objects
     are kept alive for this collection (with all they refer to) and queued;
     NULL for kinds without finalizers. */
  bool (*needs_finalizer)(VM *vm, Obj *o);
  /* Run the finalizer of a queued object, after the collection, at a safe
     point: it may run Python code.  It must make needs_finalizer false. */
  void (*run_finalizer)(VM *vm, Obj *o);
} KindOps;

/* One row per ObjKind; src/gc.c fills the src/ kinds, runtime/ files fill
** theirs in their init functions. */
extern KindOps gc_kind_ops[OBJ__COUNT];

/* Allocate [size] bytes for an object of [kind] and class [cls] and link it
** into the all-objects list.  Returns NULL after raising MemoryError. */
Obj *gc_alloc(VM *vm, size_t size, ObjKind kind, ObjClass *cls);

/* Grow/shrink an array the collector accounts for (like clox's reallocate).
** new_size 0 frees.  Returns NULL after raising MemoryError on failure. */
void *gc_realloc(VM *vm, void *ptr, size_t old_size, size_t new_size);

/* Count [bytes] more as allocated by the collector's measure (gc_alloc and
** gc_realloc do; C code that holds memory for an object outside them, as a
** big int's digits, calls it).  Past the budget (next_gc), the next safe
** point collects (vm->safe_point_due). */
void gc_account(VM *vm, size_t bytes);

void gc_mark_value(VM *vm, Value v);
void gc_mark_obj(VM *vm, Obj *o);   /* NULL is fine */

/* Set up the collector's tables; vm_new calls it before allocating. */
void gc_init(VM *vm);

/* Run a full collection now. */
void gc_collect(VM *vm);
/* Collect if the allocation budget is spent: call only at a safe point. */
void gc_maybe_collect(VM *vm);

/* A function that marks extra roots (registered once at init). */
typedef void (*RootMarker)(VM *vm);
void gc_add_root_marker(VM *vm, RootMarker marker);

/* A function that drops the entries of a weak table (the live-task
** registry, the loop's async generators) whose objects are not marked.
** It runs after marking and after the objects needing a finalizer were
** resurrected (so those are still marked), before the sweep; it may test
** o->marked and must not allocate nor mark. */
void gc_add_weak_sweeper(VM *vm, RootMarker sweeper);

/* Run the finalizers the last collections queued (see KindOps.
** needs_finalizer); gc_maybe_collect does it after collecting.  Call only
** where Python code may run. */
void gc_run_finalizers(VM *vm);

/* At interpreter exit: collect, then run the finalizer of every object that
** needs one, reachable or not (CPython frees everything at exit, so a Future
** whose exception was never retrieved is reported then), oldest first. */
void gc_finalize_all(VM *vm);

/* Free every object (at VM shutdown). */
void gc_free_all(VM *vm);

#endif
