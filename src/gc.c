/*
** gc.c -- the precise mark-and-sweep collector.
**
** Tri-colour marking with an explicit gray stack (no C recursion), then a
** sweep of the all-objects list.  Interned strings are weak: entries whose
** string was not reached are removed before the sweep.
*/
#include "src/gc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "src/diag.h"
#include "src/frame.h"
#include "src/vm.h"

KindOps gc_kind_ops[OBJ__COUNT];

#define GC_HEAP_GROW 2
#define GC_FIRST (4u << 20)   /* first collection after 4 MiB */

/* Report that memory ran out: raise MemoryError. */
static void out_of_memory(VM *vm) {
  vm_raise_memory(vm);
}

void gc_account(VM *vm, size_t bytes) {
  vm->bytes_allocated += bytes;
  if (vm->bytes_allocated > vm->next_gc) vm->safe_point_due = true;
}

void *gc_realloc(VM *vm, void *ptr, size_t old_size, size_t new_size) {
  /* --max-memory: growing past the cap fails as malloc failing would
     (ptr stays valid, as with realloc). */
  if (new_size > old_size && vm->max_memory != 0 &&
      (new_size - old_size > vm->max_memory ||
       vm->bytes_allocated > vm->max_memory - (new_size - old_size))) {
    vm->next_gc = 0;                   /* garbage may free enough: collect at the next safe point */
    vm->safe_point_due = true;
    out_of_memory(vm);
    return NULL;
  }
  vm->bytes_allocated -= old_size;
  gc_account(vm, new_size);
  if (new_size == 0) {
    free(ptr);
    return NULL;
  }
  void *p = realloc(ptr, new_size);
  if (p == NULL) {
    vm->bytes_allocated -= new_size;
    vm->bytes_allocated += old_size;
    out_of_memory(vm);
  }
  return p;
}

/* Small objects are recycled: a freed block of up to GC_POOL_CLASSES *
** GC_GRAIN bytes goes on the free list of its size class (vm->free_blocks,
** linked through the block's first word) and the next gc_alloc of that class
** takes it back, with no malloc or free.  Coroutines, tasks, futures and
** bound methods are made and dropped by the hundred thousand; this halves
** what each costs.  New small blocks are cut one after the other from
** chunks of GC_CHUNK bytes, so they carry no malloc header (16 bytes on a
** block of 64 to 256: a tenth of a suspended task) and are never given back
** before exit, when the chunks are freed whole.  The block remembers its
** class in o->spare (0: a plain malloc block, freed with free).  Under ASan
** the pools are off, so that a use after free is still caught. */
#if defined(__has_feature)
#  if __has_feature(address_sanitizer)     /* clang's spelling */
#    define GC_NO_POOLS 1
#  endif
#endif
#if defined(__SANITIZE_ADDRESS__) || defined(GC_NO_POOLS)
#  define GC_POOLS 0
#else
#  define GC_POOLS 1
#endif

typedef struct FreeBlock { struct FreeBlock *next; } FreeBlock;

#define GC_CHUNK (64u << 10)
typedef struct PoolChunk { struct PoolChunk *next; } PoolChunk;   /* at a chunk's start */

/* A new block of [bytes] (a multiple of GC_GRAIN, at most GC_POOL_CLASSES *
** GC_GRAIN) cut from the newest chunk, or from a new one when it has not
** that much left (the rest of the old one is not used).  NULL if malloc
** fails; nothing raised. */
static void *pool_cut(VM *vm, size_t bytes) {
  if ((size_t)(vm->pool_end - vm->pool_next) < bytes) {
    PoolChunk *c = malloc(GC_CHUNK);
    if (c == NULL) return NULL;
    c->next = vm->pool_chunks;
    vm->pool_chunks = c;
    vm->pool_next = (char *)c + GC_GRAIN;   /* blocks stay GC_GRAIN-aligned */
    vm->pool_end = (char *)c + GC_CHUNK;
  }
  void *p = vm->pool_next;
  vm->pool_next += bytes;
  return p;
}

Obj *gc_alloc(VM *vm, size_t size, ObjKind kind, ObjClass *cls) {
  size_t sc = (size + GC_GRAIN - 1) / GC_GRAIN;   /* size class: blocks of sc * GC_GRAIN bytes */
  Obj *o;
  if (!GC_POOLS || sc > GC_POOL_CLASSES) {
    sc = 0;
    o = gc_realloc(vm, NULL, 0, size);
  } else {
    /* Account for it as gc_realloc would (the --max-memory cap included). */
    if (vm->max_memory != 0 && (size > vm->max_memory || vm->bytes_allocated > vm->max_memory - size)) {
      vm->next_gc = 0;                 /* garbage may free enough: collect at the next safe point */
      vm->safe_point_due = true;
      out_of_memory(vm);
      return NULL;
    }
    FreeBlock *b = vm->free_blocks[sc];
    if (b != NULL) vm->free_blocks[sc] = b->next;
    else if ((b = pool_cut(vm, sc * GC_GRAIN)) == NULL) {
      out_of_memory(vm);
      return NULL;
    }
    gc_account(vm, size);
    o = (Obj *)b;
  }
  if (o == NULL) return NULL;
  o->kind = (uint8_t)kind;
  o->marked = false;
  o->spare = (uint16_t)sc;
  o->hash_id = 0;
  o->cls = cls;
  o->next = vm->objects;
  vm->objects = o;
  return o;
}

void gc_add_root_marker(VM *vm, RootMarker marker) {
  vm->root_markers = realloc(vm->root_markers, sizeof(RootMarker) * (size_t)(vm->root_marker_count + 1));
  if (vm->root_markers == NULL) { fputs("orrery: out of memory\n", stderr); exit(1); }
  vm->root_markers[vm->root_marker_count++] = marker;
}

void gc_add_weak_sweeper(VM *vm, RootMarker sweeper) {
  vm->weak_sweepers = realloc(vm->weak_sweepers, sizeof(RootMarker) * (size_t)(vm->weak_sweeper_count + 1));
  if (vm->weak_sweepers == NULL) { fputs("orrery: out of memory\n", stderr); exit(1); }
  vm->weak_sweepers[vm->weak_sweeper_count++] = sweeper;
}

/* {====================================================== marking */

void gc_mark_obj(VM *vm, Obj *o) {
  if (o == NULL || o->marked) return;
  o->marked = true;
  if (vm->gray_count == vm->gray_capacity) {
    int cap = vm->gray_capacity < 64 ? 64 : vm->gray_capacity * 2;
    Obj **g = realloc(vm->gray, sizeof(Obj *) * (size_t)cap);
    if (g == NULL) { fputs("orrery: out of memory during collection\n", stderr); exit(1); }
    vm->gray = g;
    vm->gray_capacity = cap;
  }
  vm->gray[vm->gray_count++] = o;
}

void gc_mark_value(VM *vm, Value v) {
  if (IS_OBJ(v)) gc_mark_obj(vm, AS_OBJ(v));
}

static void mark_values(VM *vm, Value *v, size_t n) {
  for (size_t i = 0; i < n; i++) gc_mark_value(vm, v[i]);
}

#define MARK(p) gc_mark_obj(vm, (Obj *)(p))

/* The trace functions of src/'s kinds. */
static void trace_tuple(VM *vm, Obj *o) { ObjTuple *t = (ObjTuple *)o; mark_values(vm, t->items, t->count); }
static void trace_list(VM *vm, Obj *o) { ObjList *l = (ObjList *)o; mark_values(vm, l->items, l->count); }
static void trace_dict(VM *vm, Obj *o) {
  ObjDict *d = (ObjDict *)o;
  for (size_t i = 0; i < d->used; i++) {
    gc_mark_value(vm, d->entries[i].key);
    gc_mark_value(vm, d->entries[i].value);
  }
}
static void trace_code(VM *vm, Obj *o) {
  ObjCode *c = (ObjCode *)o;
  MARK(c->name); MARK(c->qualname); MARK(c->filename); MARK(c->varnames);
  MARK(c->cellvars); MARK(c->freevars); MARK(c->consts); MARK(c->names);
  MARK(c->frame_cache);
}
static void trace_function(VM *vm, Obj *o) {
  ObjFunction *f = (ObjFunction *)o;
  MARK(f->code); MARK(f->globals); MARK(f->name); MARK(f->qualname);
  MARK(f->defaults); MARK(f->kwdefaults); MARK(f->closure); MARK(f->dict); MARK(f->module);
}
static void trace_native(VM *vm, Obj *o) { ObjNative *n = (ObjNative *)o; gc_mark_value(vm, n->self); MARK(n->owner); }
static void trace_bound(VM *vm, Obj *o) { ObjBoundMethod *m = (ObjBoundMethod *)o; gc_mark_value(vm, m->self); gc_mark_value(vm, m->func); }
static void trace_cell(VM *vm, Obj *o) { gc_mark_value(vm, ((ObjCell *)o)->value); }
static void trace_class(VM *vm, Obj *o) {
  ObjClass *c = (ObjClass *)o;
  MARK(c->name); MARK(c->qualname); MARK(c->base); MARK(c->dict); MARK(c->module);
}
static void trace_instance(VM *vm, Obj *o) { MARK(((ObjInstance *)o)->dict); }
static void trace_exception(VM *vm, Obj *o) {
  ObjException *e = (ObjException *)o;
  MARK(e->args); MARK(e->dict); MARK(e->traceback); MARK(e->globals);
  gc_mark_value(vm, e->context); gc_mark_value(vm, e->cause);
}
static void trace_traceback(VM *vm, Obj *o) { ObjTraceback *t = (ObjTraceback *)o; MARK(t->next); MARK(t->code); }
static void trace_module(VM *vm, Obj *o) { ObjModule *m = (ObjModule *)o; MARK(m->name); MARK(m->dict); MARK(m->file); }
static void trace_coro(VM *vm, Obj *o) {
  ObjCoro *c = (ObjCoro *)o;
  MARK(c->frame); MARK(c->info);
}
static void trace_frame(VM *vm, Obj *o) {
  Frame *f = (Frame *)o;
  MARK(f->code); MARK(f->globals); MARK(f->locals); MARK(f->caller); MARK(f->coro);
  MARK(f->exc_info);
  /* Locals and cells are all live; of the stack, only up to sp. */
  mark_values(vm, f->slots, (size_t)f->code->nfixed);
  if (f->sp != NULL) mark_values(vm, frame_stack(f), (size_t)(f->sp - frame_stack(f)));
}
static void trace_native_iter(VM *vm, Obj *o) { gc_mark_value(vm, ((ObjNativeIter *)o)->seq); }
static void trace_property(VM *vm, Obj *o) {
  ObjProperty *p = (ObjProperty *)o;
  gc_mark_value(vm, p->fget); gc_mark_value(vm, p->fset); gc_mark_value(vm, p->fdel); gc_mark_value(vm, p->doc);
  MARK(p->name);
}

static void trace_super(VM *vm, Obj *o) {
  ObjSuper *s = (ObjSuper *)o;
  MARK(s->type);
  gc_mark_value(vm, s->self);
}

static void finalize_list(VM *vm, Obj *o) {
  ObjList *l = (ObjList *)o;
  gc_realloc(vm, l->items, l->capacity * sizeof(Value), 0);
}
static void finalize_dict(VM *vm, Obj *o) {
  ObjDict *d = (ObjDict *)o;
  gc_realloc(vm, d->entries, d->capacity * sizeof(DictEntry), 0);
  gc_realloc(vm, d->index, d->index_size * sizeof(int32_t), 0);
}
static void finalize_code(VM *vm, Obj *o) {
  ObjCode *c = (ObjCode *)o;
  gc_realloc(vm, c->code, c->code_len, 0);
  gc_realloc(vm, c->positions, c->npositions * sizeof(CodePosition), 0);
  if (c->cell2arg) gc_realloc(vm, c->cell2arg, (size_t)c->ncells * sizeof(int), 0);
  if (c->global_cache) gc_realloc(vm, c->global_cache, c->nglobal_cache * sizeof(GlobalCache), 0);
  if (c->name_hints) gc_realloc(vm, c->name_hints, c->nname_hints * sizeof(uint32_t), 0);
  if (c->class_sites) gc_realloc(vm, c->class_sites, c->nclass_sites * sizeof(ClassSiteCache), 0);
}

static size_t size_str(Obj *o) { return sizeof(ObjStr) + ((ObjStr *)o)->len + 1; }
static size_t size_tuple(Obj *o) { return sizeof(ObjTuple) + ((ObjTuple *)o)->count * sizeof(Value); }
static size_t size_frame(Obj *o) { return frame_bytes(((Frame *)o)->code); }

#define FIXED(type) static size_t size_##type(Obj *o) { (void)o; return sizeof(type); }
FIXED(ObjList) FIXED(ObjDict) FIXED(ObjCode) FIXED(ObjFunction) FIXED(ObjNative)
FIXED(ObjBoundMethod) FIXED(ObjCell) FIXED(ObjClass) FIXED(ObjInstance) FIXED(ObjException)
FIXED(ObjTraceback) FIXED(ObjModule) FIXED(ObjCoro) FIXED(ObjRange) FIXED(ObjNativeIter)
FIXED(ObjProperty) FIXED(ObjSuper)
#undef FIXED

/* Fill the rows of the kinds src/ owns. */
static void init_kind_ops(void) {
  static bool done = false;
  if (done) return;
  done = true;
  gc_kind_ops[OBJ_STR] = (KindOps){.size = size_str};
  gc_kind_ops[OBJ_TUPLE] = (KindOps){.trace = trace_tuple, .size = size_tuple};
  gc_kind_ops[OBJ_LIST] = (KindOps){.trace = trace_list, .finalize = finalize_list, .size = size_ObjList};
  gc_kind_ops[OBJ_DICT] = (KindOps){.trace = trace_dict, .finalize = finalize_dict, .size = size_ObjDict};
  gc_kind_ops[OBJ_CODE] = (KindOps){.trace = trace_code, .finalize = finalize_code, .size = size_ObjCode};
  gc_kind_ops[OBJ_FUNCTION] = (KindOps){.trace = trace_function, .size = size_ObjFunction};
  gc_kind_ops[OBJ_NATIVE] = (KindOps){.trace = trace_native, .size = size_ObjNative};
  gc_kind_ops[OBJ_BOUND_METHOD] = (KindOps){.trace = trace_bound, .size = size_ObjBoundMethod};
  gc_kind_ops[OBJ_CLASS] = (KindOps){.trace = trace_class, .size = size_ObjClass};
  gc_kind_ops[OBJ_INSTANCE] = (KindOps){.trace = trace_instance, .size = size_ObjInstance};
  gc_kind_ops[OBJ_EXCEPTION] = (KindOps){.trace = trace_exception, .size = size_ObjException};
  gc_kind_ops[OBJ_TRACEBACK] = (KindOps){.trace = trace_traceback, .size = size_ObjTraceback};
  gc_kind_ops[OBJ_MODULE] = (KindOps){.trace = trace_module, .size = size_ObjModule};
  gc_kind_ops[OBJ_CORO] = (KindOps){.trace = trace_coro, .size = size_ObjCoro};
  gc_kind_ops[OBJ_FRAME] = (KindOps){.trace = trace_frame, .size = size_frame};
  gc_kind_ops[OBJ_CELL] = (KindOps){.trace = trace_cell, .size = size_ObjCell};
  gc_kind_ops[OBJ_RANGE] = (KindOps){.size = size_ObjRange};
  gc_kind_ops[OBJ_NATIVE_ITER] = (KindOps){.trace = trace_native_iter, .size = size_ObjNativeIter};
  gc_kind_ops[OBJ_PROPERTY] = (KindOps){.trace = trace_property, .size = size_ObjProperty};
  gc_kind_ops[OBJ_SUPER] = (KindOps){.trace = trace_super, .size = size_ObjSuper};
}

void gc_init(VM *vm) {
  init_kind_ops();
  vm->next_gc = GC_FIRST;
}

static void mark_roots(VM *vm) {
  MARK(vm->frame);
  gc_mark_value(vm, vm->exception);
  MARK(vm->builtins);
  MARK(vm->modules);
  MARK(vm->main_module);
  MARK(vm->argv);
  /* vm->strings is weak: not marked here. */
#define X(f, n, b, k) MARK(vm->t_##f);
  BUILTIN_TYPES(X)
#undef X
#define X(n, b) MARK(vm->exc_##n);
  BUILTIN_EXCEPTIONS(X)
#undef X
  MARK(vm->exc_CancelledError);
  MARK(vm->exc_InvalidStateError);
  MARK(vm->memory_error);
  ObjStr **names[] = {&vm->s_init, &vm->s_repr, &vm->s_str, &vm->s_name, &vm->s_main,
                      &vm->s_module, &vm->s_value, &vm->s_await, &vm->s_send, &vm->s_throw,
                      &vm->s_close, &vm->s_next, &vm->s_iter, &vm->s_empty, &vm->s_dunder_name,
                      &vm->s_setattr};
  for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) MARK(*names[i]);
  mark_values(vm, vm->roots, (size_t)vm->root_count);
  for (int i = 0; i < vm->fin_count; i++) MARK(vm->fin_queue[i]);
  for (int i = 0; i < vm->root_marker_count; i++) vm->root_markers[i](vm);
}

static void trace_references(VM *vm) {
  while (vm->gray_count > 0) {
    Obj *o = vm->gray[--vm->gray_count];
    if (gc_kind_ops[o->kind].trace) gc_kind_ops[o->kind].trace(vm, o);
    MARK(o->cls);
  }
}

/* }====================================================== */

/* {====================================================== finalizers */

/* Queue [o] for its finalizer (and keep it alive: the queue is a root). */
static void fin_enqueue(VM *vm, Obj *o) {
  if (vm->fin_count == vm->fin_capacity) {
    int cap = vm->fin_capacity < 16 ? 16 : vm->fin_capacity * 2;
    Obj **q = realloc(vm->fin_queue, sizeof(Obj *) * (size_t)cap);
    if (q == NULL) { fputs("orrery: out of memory during collection\n", stderr); exit(1); }
    vm->fin_queue = q;
    vm->fin_capacity = cap;
  }
  vm->fin_queue[vm->fin_count++] = o;
  vm->safe_point_due = true;
}

/* After marking: resurrect the unreachable objects that need a finalizer
** (a Future whose exception nobody retrieved), and all they refer to, for
** this cycle.  They are queued and their finalizers run after the
** collection (gc_run_finalizers), never during the sweep. */
static void find_finalizable(VM *vm) {
  int first = vm->fin_count;
  for (Obj *o = vm->objects; o != NULL; o = o->next) {
    if (o->marked) continue;
    KindOps *ops = &gc_kind_ops[o->kind];
    if (ops->needs_finalizer && ops->run_finalizer && ops->needs_finalizer(vm, o))
      fin_enqueue(vm, o);
  }
  /* The list is newest first: reverse the new entries so that the oldest
     object is reported first. */
  for (int i = first, j = vm->fin_count - 1; i < j; i++, j--) {
    Obj *t = vm->fin_queue[i]; vm->fin_queue[i] = vm->fin_queue[j]; vm->fin_queue[j] = t;
  }
  for (int i = first; i < vm->fin_count; i++) MARK(vm->fin_queue[i]);
  trace_references(vm);
}

void gc_run_finalizers(VM *vm) {
  if (vm->in_finalizers) return;
  vm->in_finalizers = true;
  /* Oldest first; the entry leaves the queue (and the roots) once run. */
  while (vm->fin_count > 0) {
    Obj *o = vm->fin_queue[0];
    vm_push_root(vm, OBJ_VAL(o));
    memmove(vm->fin_queue, vm->fin_queue + 1, sizeof(Obj *) * (size_t)(vm->fin_count - 1));
    vm->fin_count--;
    KindOps *ops = &gc_kind_ops[o->kind];
    if (ops->needs_finalizer(vm, o)) ops->run_finalizer(vm, o);
    vm_pop_root(vm, 1);
  }
  vm->in_finalizers = false;
}

void gc_finalize_all(VM *vm) {
  if (!vm->gc_disabled) gc_collect(vm);
  gc_run_finalizers(vm);
  /* What is still alive: oldest first (the list is newest first). */
  int first = vm->fin_count;
  for (Obj *o = vm->objects; o != NULL; o = o->next) {
    KindOps *ops = &gc_kind_ops[o->kind];
    if (ops->needs_finalizer && ops->run_finalizer && ops->needs_finalizer(vm, o))
      fin_enqueue(vm, o);
  }
  for (int i = first, j = vm->fin_count - 1; i < j; i++, j--) {
    Obj *t = vm->fin_queue[i]; vm->fin_queue[i] = vm->fin_queue[j]; vm->fin_queue[j] = t;
  }
  gc_run_finalizers(vm);
}

/* }====================================================== */

static void free_object(VM *vm, Obj *o) {
  KindOps *ops = &gc_kind_ops[o->kind];
  if (ops->finalize) ops->finalize(vm, o);
  size_t size = ops->size ? ops->size(o) : 0;
  vm->bytes_allocated -= size;
  uint16_t sc = o->spare;             /* read before b->next overwrites the header */
  if (sc != 0) {                       /* a pool block: keep it for its size class */
    FreeBlock *b = (FreeBlock *)o;
    b->next = vm->free_blocks[sc];
    vm->free_blocks[sc] = b;
  } else {
    free(o);
  }
}

/* Drop interned strings that nothing reached. */
static void sweep_strings(VM *vm) {
  ObjDict *d = vm->strings;
  for (size_t i = 0; i < d->used; i++) {
    DictEntry *e = &d->entries[i];
    if (IS_OBJ(e->key) && !AS_OBJ(e->key)->marked) {
      Value k = e->key;
      dict_del(vm, d, k, NULL);
    }
  }
}

/* Before anything is freed: warn about coroutines that die unstarted, as
** CPython's _PyErr_WarnUnawaitedCoroutine does when it finalises one. */
static void warn_unawaited(VM *vm, Obj *o) {
  ObjCoro *co = (ObjCoro *)o;
  if (co->is_coroutine && co->state == CORO_CREATED && co->frame != NULL) {
    ObjStr *qualname = coro_qualname(co);
    diag_warn_never_awaited(vm, qualname ? qualname->chars : "?");
    co->state = CORO_CLOSED;   /* once */
  }
}

static void sweep(VM *vm) {
  Obj **link = &vm->objects;
  while (*link != NULL) {
    Obj *o = *link;
    if (o->marked) {
      o->marked = false;
      link = &o->next;
    } else {
      *link = o->next;
      /* Its name is older, so not freed yet: the list is newest first. */
      if (o->kind == OBJ_CORO) warn_unawaited(vm, o);
      free_object(vm, o);
    }
  }
}

void gc_collect(VM *vm) {
  if (vm->gc_disabled) return;
  vm->coro_free = NULL;       /* unreachable, so swept below (see coro_recycle) */
  mark_roots(vm);
  trace_references(vm);
  MARK(vm->strings);          /* the table itself stays; its keys are weak */
  vm->gray_count = 0;
  vm->strings->obj.marked = true;
  find_finalizable(vm);
  vm->gray_count = 0;
  sweep_strings(vm);
  for (int i = 0; i < vm->weak_sweeper_count; i++) vm->weak_sweepers[i](vm);
  sweep(vm);
  class_cache_invalidate();   /* a freed class or name may be reused at its address */
  vm->next_gc = vm->bytes_allocated * GC_HEAP_GROW;
  if (vm->next_gc < GC_FIRST) vm->next_gc = GC_FIRST;
  /* Under --max-memory, collect before garbage alone could reach the cap:
     halfway between what is live and the cap. */
  if (vm->max_memory != 0) {
    size_t room = vm->bytes_allocated < vm->max_memory ? vm->max_memory - vm->bytes_allocated : 0;
    if (vm->next_gc > vm->bytes_allocated + room / 2) vm->next_gc = vm->bytes_allocated + room / 2;
  }
}

void gc_maybe_collect(VM *vm) {
#if CFG_GC_STRESS
  gc_collect(vm);
#else
  if (vm->bytes_allocated > vm->next_gc) gc_collect(vm);
#endif
  if (vm->fin_count > 0 && !vm->in_finalizers) gc_run_finalizers(vm);
  vm->safe_point_due = vm->bytes_allocated > vm->next_gc || vm->fin_count > 0;
}

void gc_free_all(VM *vm) {
  vm->frame = NULL;
  vm->coro_free = NULL;
  for (Obj *o = vm->objects; o != NULL; o = o->next)
    if (o->kind == OBJ_CORO) warn_unawaited(vm, o);
  Obj *o = vm->objects;
  while (o != NULL) {
    Obj *next = o->next;
    free_object(vm, o);
    o = next;
  }
  vm->objects = NULL;
  class_cache_invalidate();
  /* Every pool block is inside a chunk: free the chunks whole. */
  for (int sc = 0; sc <= GC_POOL_CLASSES; sc++) vm->free_blocks[sc] = NULL;
  while (vm->pool_chunks != NULL) {
    PoolChunk *c = vm->pool_chunks;
    vm->pool_chunks = c->next;
    free(c);
  }
  vm->pool_next = vm->pool_end = NULL;
  free(vm->gray);
  vm->gray = NULL;
  free(vm->fin_queue);
  vm->fin_queue = NULL;
  vm->fin_count = vm->fin_capacity = 0;
  free(vm->root_markers);
  free(vm->weak_sweepers);
  vm->weak_sweepers = NULL;
  vm->root_markers = NULL;
}
