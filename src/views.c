/*
** views.c -- the teaching REPL's `:` commands and the event-trace printer
** (see views.h).
**
** Everything shown here is read from two places: the VM's one event hook
** (vm_emit: resume, suspend, throw, return, handle run, timer added, task
** new/done/cancel) and the state of the loop and its tasks (runtime/loop.h,
** runtime/future.h).  Nothing in the VM or the loop prints by itself.
**
** Sections: text and colour helpers; source lines of code typed at the
** prompt; describing coroutines, tasks, futures and handles; the event hook
** (one function chained in front of whatever hook was there: the tracer, the
** :step collector and the task registry all read it); the commands.
*/
#include "src/views.h"

#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "src/coro.h"
#include "src/diag.h"
#include "src/disasm.h"
#include "src/files.h"
#include "src/frame.h"
#include "src/gc.h"
#include "src/opcodes.h"
#include "src/parse.h"
#include "src/vm.h"
#include "runtime/runtime.h"
#include "runtime/asyncio.h"
#include "runtime/future.h"
#include "runtime/loop.h"

const char *const repl_command_names[] = {
  ":help", ":step", ":run", ":tasks", ":where", ":locals", ":dis", ":trace", ":clock",
  ":queue", ":reset", ":load", ":quit", NULL,
};

/* {====================================================== text and colour */

#define C_RESET   "\033[0m"
#define C_BOLD    "\033[1m"
#define C_DIM     "\033[2m"
#define C_RED     "\033[31m"
#define C_GREEN   "\033[32m"
#define C_YELLOW  "\033[33m"
#define C_BLUE    "\033[34m"
#define C_MAGENTA "\033[35m"
#define C_CYAN    "\033[36m"

/* The longest repr a view prints before cutting it with "...". */
#define REPR_MAX 60

/* A growable malloc'd string.  A failed allocation sets [failed] and the
** text simply stops growing: views degrade, they never crash. */
typedef struct {
  char *s;
  size_t len, cap;
  bool failed;
} Text;

static void text_add(Text *t, const char *s, size_t n) {
  if (t->failed) return;
  if (t->len + n + 1 > t->cap) {
    size_t cap = t->cap ? t->cap * 2 : 128;
    while (cap < t->len + n + 1) cap *= 2;
    char *p = realloc(t->s, cap);
    if (p == NULL) { t->failed = true; return; }
    t->s = p;
    t->cap = cap;
  }
  memcpy(t->s + t->len, s, n);
  t->len += n;
  t->s[t->len] = '\0';
}

static void text_str(Text *t, const char *s) { text_add(t, s, strlen(s)); }

static void text_printf(Text *t, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void text_printf(Text *t, const char *fmt, ...) {
  char small[256];
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(small, sizeof small, fmt, ap);
  va_end(ap);
  if (n < 0) return;
  if ((size_t)n < sizeof small) { text_add(t, small, (size_t)n); return; }
  char *big = malloc((size_t)n + 1);
  if (big == NULL) { t->failed = true; return; }
  va_start(ap, fmt);
  vsnprintf(big, (size_t)n + 1, fmt, ap);
  va_end(ap);
  text_add(t, big, (size_t)n);
  free(big);
}

/* The text so far ("" when empty). */
static const char *text_get(const Text *t) { return t->s ? t->s : ""; }
static void text_free(Text *t) { free(t->s); t->s = NULL; t->len = t->cap = 0; }

/* Code points of UTF-8 [s] (the width a column needs; reprs are mostly ASCII). */
static size_t text_width(const char *s) {
  size_t n = 0;
  for (; *s; s++)
    if (((unsigned char)*s & 0xC0) != 0x80) n++;
  return n;
}

/* Add [s] ([n] bytes), cut after [max] code points with "..." at the end. */
static void text_add_cut(Text *t, const char *s, size_t n, size_t max) {
  size_t i = 0, cps = 0;
  while (i < n && cps < max) {
    i++;
    while (i < n && ((unsigned char)s[i] & 0xC0) == 0x80) i++;
    cps++;
  }
  if (i >= n) { text_add(t, s, n); return; }
  /* too long: keep max-3 code points and "..." */
  i = 0;
  for (size_t k = 0; k + 3 < max && i < n; k++) {
    i++;
    while (i < n && ((unsigned char)s[i] & 0xC0) == 0x80) i++;
  }
  text_add(t, s, i);
  text_str(t, "...");
}

/* An ANSI colour code, or "" when colour is off. */
static const char *paint(bool colour, const char *code) { return colour ? code : ""; }

/*
** Add repr([v]) cut to [max] code points.  Safe to call from the event
** hook: a pending exception (a throw in progress) is set aside, [v] is
** rooted while a Python __repr__ may run, and a failing repr shows as
** "<repr failed>".
*/
static void text_repr(VM *vm, Text *t, Value v, size_t max) {
  Value saved = vm->exception;
  vm->exception = UNDEF_VAL;
  vm_push_root(vm, saved);
  vm_push_root(vm, v);
  ObjStr *s;
  if (value_repr(vm, v, &s)) {
    text_add_cut(t, s->chars, s->len, max);
  } else {
    vm_take_exception(vm);
    text_str(t, "<repr failed>");
  }
  vm_pop_root(vm, 2);
  vm->exception = saved;
}

/* A time in seconds as the views show it: the virtual clock as it is; the
** real (monotonic) clock relative to the first time a view looked at it,
** so that students read t=0.503 rather than t=183442.117. */
static double real_epoch = -1.0;
static double shown_time(VM *vm, double t) {
  if (vm->virtual_clock) return t;
  if (real_epoch < 0) real_epoch = loop_clock(vm);
  return t > real_epoch ? t - real_epoch : 0.0;   /* (a time read just before the epoch) */
}
static double now_shown(VM *vm) {
  if (!vm->virtual_clock && real_epoch < 0) real_epoch = loop_clock(vm);
  return shown_time(vm, loop_clock(vm));
}

/* A file name as the views print it: relative to the working directory
** when it is below it (scripts are given absolute names, as CPython's). */
static const char *short_path(const char *filename) {
  static char cwd[4096];
  static bool have_cwd = false;
  if (!have_cwd) {
    if (getcwd(cwd, sizeof cwd) == NULL) cwd[0] = '\0';
    have_cwd = true;
  }
  size_t n = strlen(cwd);
  if (n > 1 && strncmp(filename, cwd, n) == 0 && filename[n] == '/') return filename + n + 1;
  return filename;
}

/* }====================================================== */

/* {====================================================== source of <stdin> code */

/* CPython quotes no source for code typed at the prompt, but :where and
** :step should.  The shell hands each compiled input to views_note_source;
** every code object in it is remembered with the text, weakly: an entry
** goes when the collector frees its code object. */
typedef struct {
  int refs;                /* entries pointing here */
  char text[];
} SourceText;

typedef struct {
  ObjCode *code;           /* weak */
  SourceText *src;
} SourceEntry;

static SourceEntry *src_entries;
static int src_count, src_cap;
static VM *src_sweeper_vm;     /* the VM the weak sweeper is registered with */

static void src_unref(SourceText *s) {
  if (--s->refs == 0) free(s);
}

/* The weak sweeper: forget the code objects the collector is about to free. */
static void src_sweep(VM *vm) {
  UNUSED(vm);
  int kept = 0;
  for (int i = 0; i < src_count; i++) {
    if (src_entries[i].code->obj.marked) src_entries[kept++] = src_entries[i];
    else src_unref(src_entries[i].src);
  }
  src_count = kept;
}

static void src_add(SourceText *s, ObjCode *code, int depth) {
  if (depth > 50) return;
  if (src_count == src_cap) {
    int cap = src_cap ? src_cap * 2 : 32;
    SourceEntry *e = realloc(src_entries, sizeof *e * (size_t)cap);
    if (e == NULL) return;
    src_entries = e;
    src_cap = cap;
  }
  src_entries[src_count].code = code;
  src_entries[src_count].src = s;
  src_count++;
  s->refs++;
  for (size_t i = 0; code->consts && i < code->consts->count; i++)
    if (IS_CODE(code->consts->items[i])) src_add(s, AS_CODE(code->consts->items[i]), depth + 1);
}

void views_note_source(VM *vm, ObjCode *code, const char *source) {
  if (code == NULL || source == NULL) return;
  if (src_sweeper_vm != vm) {
    gc_add_weak_sweeper(vm, src_sweep);
    src_sweeper_vm = vm;
  }
  size_t n = strlen(source);
  SourceText *s = malloc(sizeof *s + n + 1);
  if (s == NULL) return;
  s->refs = 1;
  memcpy(s->text, source, n + 1);
  src_add(s, code, 0);
  src_unref(s);
}

/* Line [line] of [code]'s source, stripped of its indentation, into [t];
** false (nothing added) when unknown. */
static bool add_source_line(VM *vm, Text *t, ObjCode *code, int line) {
  const char *text = NULL, *p = NULL;
  size_t len = 0;
  if (code->filename->chars[0] != '<') {
    text = diag_source_line(vm, code->filename->chars, line);
    if (text) { p = text; len = strlen(text); }
  } else {
    for (int i = 0; i < src_count && p == NULL; i++) {
      if (src_entries[i].code != code) continue;
      const char *q = src_entries[i].src->text;
      for (int l = 1; l < line && q; l++) {
        q = strchr(q, '\n');
        if (q) q++;
      }
      if (q && *q) {
        p = q;
        const char *end = strchr(q, '\n');
        len = end ? (size_t)(end - q) : strlen(q);
      }
    }
  }
  if (p == NULL) return false;
  while (len > 0 && (*p == ' ' || *p == '\t')) { p++; len--; }
  while (len > 0 && (p[len - 1] == ' ' || p[len - 1] == '\r' || p[len - 1] == '\n')) len--;
  if (len == 0) return false;
  text_add(t, p, len);
  return true;
}

/* }====================================================== */

/* {====================================================== describing things */

/* "main()" for a coroutine or generator, "sleep()" for asyncio.sleep's
** awaitable, else the type's name. */
static void add_coro_name(VM *vm, Text *t, Value coro) {
  if (IS_CORO(coro)) {
    ObjCoro *co = AS_CORO(coro);
    ObjStr *n = coro_qualname(co) ? coro_qualname(co) : coro_name(co);
    text_add(t, n->chars, n->len);
    text_str(t, "()");
  } else if (IS_KIND(coro, OBJ_FUTURE_ITER) &&
             ((ObjFutureIter *)AS_OBJ(coro))->kind == FITER_SLEEP) {
    text_str(t, "sleep()");
  } else {
    text_str(t, value_type_name(vm, coro));
  }
}

/* Where a coroutine is: its code and line (the def line before it starts).
** False when it has no frame any more (finished). */
static bool coro_where(ObjCoro *co, ObjCode **code, int *line) {
  if (co->frame == NULL || co->state == CORO_CLOSED) return false;
  *code = co->frame->code;
  *line = frame_line(co->frame);
  return true;
}

/* "file:line" of a coroutine, or "-" when it is finished. */
static void add_coro_pos(Text *t, Value coro) {
  ObjCode *code;
  int line;
  if (IS_CORO(coro) && coro_where(AS_CORO(coro), &code, &line))
    text_printf(t, "%s:%d", short_path(code->filename->chars), line);
  else
    text_str(t, "-");
}

/* Follow the await chain down from [coro]: the innermost coroutine (or
** NULL) in *last, and what it awaits: a FutureIter, another awaitable, or
** NONE_VAL when it awaits nothing. */
static Value innermost_awaitable(Value coro, ObjCoro **last) {
  *last = NULL;
  Value v = coro;
  for (int i = 0; i < 200 && IS_CORO(v); i++) {
    *last = AS_CORO(v);
    v = coro_awaiting(AS_CORO(v));
  }
  return IS_CORO(v) ? NONE_VAL : v;
}

static void add_future(VM *vm, Text *t, ObjFuture *f);

/* A task's name ("Task-2"), without making the string of a default name. */
static void add_task_name(Text *t, const ObjTask *task) {
  char buf[TASK_NAME_BUF];
  size_t len;
  const char *chars = task_name_chars(task, buf, &len);
  text_add(t, chars, len);
}

/* "Task-2 child()" */
static void add_task_label(VM *vm, Text *t, ObjTask *task) {
  add_task_name(t, task);
  text_str(t, " ");
  add_coro_name(vm, t, task_coro(task));
}

/* A future in a few words: "task Task-2 child()", "gather(Task-2, Task-3)",
** or its short repr. */
static void add_future(VM *vm, Text *t, ObjFuture *f) {
  if (f->kind == FUTURE_KIND_TASK) {
    text_str(t, "task ");
    add_task_label(vm, t, (ObjTask *)f);
  } else if (f->kind == FUTURE_KIND_GATHER) {
    ObjGather *g = (ObjGather *)f;
    text_str(t, "gather(");
    for (size_t i = 0; g->children && i < g->children->count; i++) {
      if (i == 4) { text_str(t, ", ..."); break; }
      if (i > 0) text_str(t, ", ");
      ObjFuture *c = AS_FUTURE(g->children->items[i]);
      if (c->kind == FUTURE_KIND_TASK) add_task_name(t, (ObjTask *)c);
      else text_repr(vm, t, OBJ_VAL(c), 30);
    }
    text_str(t, ")");
  } else {
    text_repr(vm, t, OBJ_VAL(f), REPR_MAX);
  }
}

/* What an awaitable found at the bottom of an await chain is, e.g.
** "sleep(0.5) until t=0.500", "task Task-2 child()", "<Future pending>".
** [fallback]: the future the task parked on, used when the chain says
** nothing more precise. */
static void add_awaited(VM *vm, Text *t, Value v, ObjFuture *fallback) {
  if (IS_KIND(v, OBJ_FUTURE_ITER)) {
    ObjFutureIter *it = (ObjFutureIter *)AS_OBJ(v);
    if (it->kind == FITER_SLEEP) {
      text_printf(t, "sleep(%g)", it->delay);
      if (future_sleep_timer(it) && !it->timer->cancelled)
        text_printf(t, " until t=%.3f", shown_time(vm, it->timer->when));
      return;
    }
    if (it->fut) { add_future(vm, t, it->fut); return; }
  }
  if (fallback) { add_future(vm, t, fallback); return; }
  if (IS_NONE(v) || IS_UNDEF(v)) { text_str(t, "nothing"); return; }
  text_repr(vm, t, v, REPR_MAX);
}

/* Is [cb] the __wakeup of a task?  The task, else NULL (*wakeup: true). */
static ObjTask *callback_task(Value cb, bool *wakeup) {
  *wakeup = true;
  return future_wakeup_task(cb);
}

/* Does handle [h] run a task's step or wakeup?  The task, else NULL;
** *wakeup tells which. */
static ObjTask *handle_task(ObjHandle *h, bool *wakeup) {
  Value cb = handle_callback(h);
  if ((h->kind == HANDLE_TASK_STEP || h->kind == HANDLE_TASK_WAKEUP) && IS_TASK(cb)) {
    *wakeup = h->kind == HANDLE_TASK_WAKEUP;
    return AS_TASK(cb);
  }
  return callback_task(cb, wakeup);
}

/* The task that parks on [f] (its wakeup is one of f's done callbacks), or NULL. */
static ObjTask *waiter_of(ObjFuture *f) {
  for (size_t i = 0, n = future_callback_count(f); i < n; i++) {
    ObjTask *t;
    future_callback_at(f, i, &t);
    if (t) return t;
  }
  return NULL;
}

/* "end of sleep() in Task-1 main()" for the timer of a sleep() whose
** future is [f], if its task is known ([sleeper]: the one to name when the
** future has no waiter yet, or NULL).  False if nothing was added. */
static bool add_sleep_end(VM *vm, Text *t, ObjFuture *f, ObjTask *sleeper) {
  ObjTask *w = f ? waiter_of(f) : NULL;
  if (w == NULL) w = sleeper;
  if (w == NULL) return false;
  text_str(t, "end of sleep() in ");
  add_task_label(vm, t, w);
  return true;
}

/* "step Task-1 main()" or "wakeup Task-1 main()". */
static void add_task_callback(VM *vm, Text *t, ObjTask *task, bool wakeup) {
  text_str(t, wakeup ? "wakeup " : "step ");
  add_task_label(vm, t, task);
}

/* CPython's _format_callback_source of what handle [h] runs (when [h] is
** not NULL) or of cb(*argv), cut to 80 characters; "<callback>" if that
** raised.  A pending exception is kept aside meanwhile. */
static void add_formatted_callback(VM *vm, Text *t, ObjHandle *h, Value cb, int argc, Value *argv) {
  Value saved = vm->exception;
  vm->exception = UNDEF_VAL;
  vm_push_root(vm, saved);
  vm_push_root(vm, h ? OBJ_VAL(h) : cb);
  for (int i = 0; i < argc; i++) vm_push_root(vm, argv[i]);
  ObjStr *s = h ? handle_format_callback(vm, h) : loop_format_callback(vm, cb, argc, argv);
  if (s) text_add_cut(t, s->chars, s->len, 80);
  else { vm_take_exception(vm); text_str(t, "<callback>"); }
  vm_pop_root(vm, 2 + argc);
  vm->exception = saved;
}

/* A callback as the loop would run it: "step Task-1 main()", "wakeup
** Task-1 main()", "end of sleep() in Task-1 main()", or CPython's
** _format_callback_source ("print('hi')").  [sleeper]: the task a sleep()
** timer is for when its future has no waiter yet (NULL: unknown). */
static void add_callback(VM *vm, Text *t, Value cb, int argc, Value *argv, ObjTask *sleeper) {
  bool wakeup;
  ObjTask *task = callback_task(cb, &wakeup);
  if (task) {
    add_task_callback(vm, t, task, wakeup);
    return;
  }
  AsyncioState *st = asyncio_state(vm);
  if (IS_OBJ(cb) && IS_OBJ(st->set_result_unless_cancelled) &&
      AS_OBJ(cb) == AS_OBJ(st->set_result_unless_cancelled) && argc >= 1 &&
      IS_FUTURE(argv[0]) && add_sleep_end(vm, t, AS_FUTURE(argv[0]), sleeper))
    return;
  add_formatted_callback(vm, t, NULL, cb, argc, argv);
}

/* What handle [h] runs, as add_callback says it. */
static void add_handle(VM *vm, Text *t, ObjHandle *h, ObjTask *sleeper) {
  bool wakeup;
  ObjTask *task = handle_task(h, &wakeup);
  if (task) {
    add_task_callback(vm, t, task, wakeup);
    return;
  }
  Value cb = handle_callback(h);
  if (h->kind == HANDLE_SLEEP_END && IS_KIND(cb, OBJ_FUTURE_ITER) &&
      add_sleep_end(vm, t, ((ObjFutureIter *)AS_OBJ(cb))->fut, sleeper))
    return;
  if (h->kind != HANDLE_CALL) {   /* an internal handle: as its repr says it */
    add_formatted_callback(vm, t, h, UNDEF_VAL, 0, NULL);
    return;
  }
  Value one, *argv;
  int argc = handle_args(h, &one, &argv);
  add_callback(vm, t, cb, argc, argv, sleeper);
}

/* A task's state for :tasks, with a colour: READY, RUNNING, SLEEPING until
** t=..., WAITING on X, DONE -> result, CANCELLED, FAILED exc (with
** "(not retrieved)" when [retrieved_note] and nobody asked for it yet). */
static const char *add_task_state(VM *vm, Text *t, ObjTask *task, bool retrieved_note) {
  ObjFuture *f = &task->fut;
  if (f->state == FUTURE_CANCELLED) { text_str(t, "CANCELLED"); return C_YELLOW; }
  if (f->state == FUTURE_FINISHED) {
    if (!IS_UNDEF(future_exception(f))) {
      text_str(t, "FAILED ");
      text_repr(vm, t, future_exception(f), 40);
      if (retrieved_note && f->log_traceback) text_str(t, " (not retrieved)");
      return C_RED;
    }
    text_str(t, "DONE -> ");
    text_repr(vm, t, future_result_value(f), 40);
    return C_GREEN;
  }
  const char *colour = C_CYAN;
  switch (task->phase) {
    case TASK_SCHEDULED: text_str(t, "READY"); colour = C_GREEN; break;
    case TASK_RUNNING: text_str(t, "RUNNING"); colour = C_GREEN; break;
    case TASK_DONE: text_str(t, "DONE"); break;
    case TASK_WAITING: {
      ObjCoro *last;
      Value v = innermost_awaitable(task_coro(task), &last);
      if (IS_KIND(v, OBJ_FUTURE_ITER) && ((ObjFutureIter *)AS_OBJ(v))->kind == FITER_SLEEP) {
        ObjFutureIter *it = (ObjFutureIter *)AS_OBJ(v);
        text_str(t, "SLEEPING");
        if (future_sleep_timer(it) && !it->timer->cancelled)
          text_printf(t, " until t=%.3f", shown_time(vm, it->timer->when));
        colour = C_BLUE;
      } else {
        text_str(t, "WAITING on ");
        add_awaited(vm, t, v, task->fut_waiter);
        colour = C_MAGENTA;
      }
      break;
    }
  }
  if (task->num_cancels_requested > 0) text_str(t, " (cancelling)");
  return colour;
}

/* }====================================================== */

/* {====================================================== the event hook */

/* The tasks the views have seen created, in creation order, for :tasks.
** A pending task is held weakly (whether it lives is the program's
** business: "Task was destroyed but it is pending!" must still happen); a
** done one strongly, the last SEEN_DONE_MAX of them, so that :tasks lists
** the tasks that finished whatever the collector did meanwhile. */
#define SEEN_DONE_MAX 100
static ObjTask **seen_tasks;
static int seen_count, seen_cap;
static VM *seen_vm;            /* the VM the marker and sweeper are registered with */

/* Root marker: the done tasks stay. */
static void seen_mark(VM *vm) {
  for (int i = 0; i < seen_count; i++)
    if (seen_tasks[i]->fut.state != FUTURE_PENDING) gc_mark_obj(vm, (Obj *)seen_tasks[i]);
}

/* Weak sweeper: forget the pending tasks nobody else keeps. */
static void seen_sweep(VM *vm) {
  UNUSED(vm);
  int kept = 0;
  for (int i = 0; i < seen_count; i++)
    if (seen_tasks[i]->fut.obj.marked) seen_tasks[kept++] = seen_tasks[i];
  seen_count = kept;
}

static void seen_add(VM *vm, ObjTask *t) {
  for (int i = 0; i < seen_count; i++)
    if (seen_tasks[i] == t) return;
  if (seen_vm != vm) {
    gc_add_root_marker(vm, seen_mark);
    gc_add_weak_sweeper(vm, seen_sweep);
    seen_vm = vm;
  }
  /* Too many finished ones?  Drop the oldest. */
  int done = 0, oldest = -1;
  for (int i = 0; i < seen_count; i++) {
    if (seen_tasks[i]->fut.state == FUTURE_PENDING) continue;
    if (oldest < 0) oldest = i;
    done++;
  }
  if (done >= SEEN_DONE_MAX && oldest >= 0) {
    memmove(seen_tasks + oldest, seen_tasks + oldest + 1, sizeof *seen_tasks * (size_t)(seen_count - oldest - 1));
    seen_count--;
  }
  if (seen_count == seen_cap) {
    int cap = seen_cap ? seen_cap * 2 : 16;
    ObjTask **p = realloc(seen_tasks, sizeof *p * (size_t)cap);
    if (p == NULL) return;
    seen_tasks = p;
    seen_cap = cap;
  }
  seen_tasks[seen_count++] = t;
}

/* State of the views' hook: who listens, and what :step / :run collect. */
static struct {
  bool installed;          /* views_hook is in vm->hook */
  EventHook prev;          /* the hook that was there before: called after ours */
  int busy;                /* inside our own formatting: ignore nested events */
  bool repl;               /* a REPL is up: keep the hook for the task registry */
  /* trace */
  bool trace_on;
  FILE *trace_out;
  bool trace_colour;
  /* :step / :run */
  bool collecting;
  Repl *step_repl;         /* :step prints to step_repl->out as things happen;
                              NULL for :run, which only counts */
  ObjList *keep;           /* the objects below (rooted by the command) */
  int step_number;         /* the iteration being described (1-based) */
  double step_t0;          /* loop time before the iteration */
  bool header_done;        /* its heading is printed */
  bool cur_open;           /* a handle is being described */
  ObjTask *cur_task;       /* ... it is a step or wakeup of this task, or NULL */
  bool cur_resumed;        /* ... whose coroutine was resumed already */
  long handles;            /* handles run since the command began */
} hk;

/*
** The trace: one line per event, "[t=LOOP TIME] WHAT  DETAILS", the time
** as shown_time gives it:
**
**   [t=0.000] task new  Task-1 main()
**   [t=0.000] handle    step Task-1 main()        (or: wakeup Task-1 main(),
**                                                  end of sleep() in Task-1 main(),
**                                                  print('hi') for other callbacks)
**   [t=0.000] resume    main() at demo.py:4 (start)
**   [t=0.000] timer     +0.500 -> t=0.500  end of sleep() in Task-1 main()
**   [t=0.000] suspend   main() at demo.py:5 yielding <Future pending>
**   [t=0.500] throw     CancelledError into main() at demo.py:5
**   [t=0.500] return    main() -> 42
**   [t=0.500] cancel    Task-2 worker()
**   [t=0.500] task done Task-1 DONE -> 42
**
** Every level of an await chain resumes and suspends in turn (DESIGN.md
** section 3), so a task step shows one resume per level going down and one
** suspend per level coming back up.
*/

/* "[t=0.000] resume    " */
static void trace_head(VM *vm, Text *t, const char *what, const char *colour) {
  bool c = hk.trace_colour;
  text_printf(t, "%s[t=%.3f]%s %s%-9s%s ", paint(c, C_DIM), now_shown(vm), paint(c, C_RESET),
              paint(c, colour), what, paint(c, C_RESET));
}

/* Print one event as a trace line. */
static void trace_event(VM *vm, EventKind kind, Value subject, Value detail) {
  Text t = {0};
  ObjCode *code;
  int line;
  switch (kind) {
    case EV_RESUME:
      trace_head(vm, &t, "resume", C_GREEN);
      add_coro_name(vm, &t, subject);
      if (IS_CORO(subject) && coro_where(AS_CORO(subject), &code, &line)) {
        bool start = AS_CORO(subject)->frame->ip == code->code;
        text_printf(&t, " at %s:%d%s", short_path(code->filename->chars), line, start ? " (start)" : "");
      }
      break;
    case EV_THROW:
      trace_head(vm, &t, "throw", C_RED);
      if (IS_OBJ(detail)) text_str(&t, AS_OBJ(detail)->cls->name->chars);
      else text_str(&t, "exception");
      text_str(&t, " into ");
      add_coro_name(vm, &t, subject);
      if (IS_CORO(subject) && coro_where(AS_CORO(subject), &code, &line))
        text_printf(&t, " at %s:%d", short_path(code->filename->chars), line);
      break;
    case EV_SUSPEND:
      trace_head(vm, &t, "suspend", C_YELLOW);
      add_coro_name(vm, &t, subject);
      if (IS_CORO(subject) && coro_where(AS_CORO(subject), &code, &line))
        text_printf(&t, " at %s:%d", short_path(code->filename->chars), line);
      text_str(&t, " yielding ");
      if (IS_TASK(detail)) add_future(vm, &t, AS_FUTURE(detail));
      else text_repr(vm, &t, detail, REPR_MAX);
      break;
    case EV_RETURN:
      trace_head(vm, &t, "return", C_GREEN);
      add_coro_name(vm, &t, subject);
      text_str(&t, " -> ");
      text_repr(vm, &t, detail, REPR_MAX);
      break;
    case EV_HANDLE_RUN: {
      trace_head(vm, &t, "handle", C_CYAN);
      ObjHandle *h = (ObjHandle *)AS_OBJ(subject);
      add_handle(vm, &t, h, NULL);
      break;
    }
    case EV_TIMER_ADD: {
      trace_head(vm, &t, "timer", C_BLUE);
      ObjHandle *h = (ObjHandle *)AS_OBJ(subject);
      double when = IS_FLOAT(detail) ? AS_FLOAT(detail) : h->when;
      text_printf(&t, "+%.3f -> t=%.3f  ", when - loop_clock(vm), shown_time(vm, when));
      Obj *cur = h->loop ? h->loop->current_task : NULL;
      add_handle(vm, &t, h, cur && IS_TASK(OBJ_VAL(cur)) ? (ObjTask *)cur : NULL);
      break;
    }
    case EV_TASK_NEW:
      trace_head(vm, &t, "task new", C_MAGENTA);
      add_task_label(vm, &t, AS_TASK(subject));
      break;
    case EV_TASK_DONE: {
      ObjTask *task = AS_TASK(subject);
      trace_head(vm, &t, "task done", C_MAGENTA);
      add_task_name(&t, task);
      text_str(&t, " ");
      Text st = {0};
      add_task_state(vm, &st, task, false);
      text_str(&t, text_get(&st));
      text_free(&st);
      break;
    }
    case EV_TASK_CANCEL: {
      ObjTask *task = AS_TASK(subject);
      trace_head(vm, &t, "cancel", C_RED);
      add_task_label(vm, &t, task);
      if (!IS_NONE(detail) && !IS_UNDEF(detail)) {
        text_str(&t, " msg=");
        text_repr(vm, &t, detail, 30);
      }
      break;
    }
  }
  text_str(&t, "\n");
  fflush(stdout);
  fputs(text_get(&t), hk.trace_out);
  fflush(hk.trace_out);
  text_free(&t);
}

static void print_task_outcome(Repl *r, ObjTask *task);

/* :step's heading for the iteration, once, when the first handle runs (the
** clock has moved to the due timers by then) or at its end. */
static void step_heading(VM *vm) {
  if (hk.header_done || hk.step_repl == NULL) return;
  hk.header_done = true;
  Repl *r = hk.step_repl;
  double t1 = loop_clock(vm);
  Text t = {0};
  text_printf(&t, "step %d: t=%.3f", hk.step_number, shown_time(vm, t1));
  /* (the real clock always moves a little: only a wait of a millisecond
     or more is worth a word) */
  if (vm->virtual_clock ? t1 > hk.step_t0 : t1 - hk.step_t0 >= 0.0005)
    text_printf(&t, vm->virtual_clock ? " (the clock jumped %.3f to the next timer)"
                                      : " (waited %.3f for the next timer)", t1 - hk.step_t0);
  fflush(stdout);
  fprintf(r->out, "%s%s%s\n", paint(r->colour, C_BOLD), text_get(&t), paint(r->colour, C_RESET));
  text_free(&t);
}

/* "  Task-1 main()" (no newline). */
static void step_task_label(Repl *r, ObjTask *task) {
  Text t = {0};
  add_task_label(r->vm, &t, task);
  fprintf(r->out, "  %s%s%s", paint(r->colour, C_BOLD), text_get(&t), paint(r->colour, C_RESET));
  text_free(&t);
}

/* The handle being described has finished: say how its task ended up. */
static void step_finish_handle(VM *vm) {
  if (!hk.cur_open) return;
  hk.cur_open = false;
  Repl *r = hk.step_repl;
  if (r == NULL || hk.cur_task == NULL) return;
  if (!hk.cur_resumed) {
    step_task_label(r, hk.cur_task);
    fputs(IS_CORO(task_coro(hk.cur_task)) ? ": its coroutine was not resumed\n"
                                     : ": stepped (its coroutine is C code)\n", r->out);
  }
  print_task_outcome(r, hk.cur_task);
  fflush(r->out);
  UNUSED(vm);
}

/* :step's and :run's collector, fed by the hook: each handle is described
** when it starts (a callback), when its task's coroutine is resumed (where
** it resumes) and when the next handle starts or the iteration ends (where
** the task is suspended now, and on what), so that the program's own
** output appears in between, where it happens. */
static void collect_event(VM *vm, EventKind kind, Value subject, Value detail) {
  Repl *r = hk.step_repl;
  if (kind == EV_HANDLE_RUN) {
    step_finish_handle(vm);      /* (views_hook did both already) */
    step_heading(vm);
    hk.handles++;
    ObjHandle *h = (ObjHandle *)AS_OBJ(subject);
    if (r == NULL) return;
    hk.keep->count = 0;
    if (!list_append(vm, hk.keep, subject)) { vm_take_exception(vm); return; }
    bool wakeup;
    hk.cur_open = true;
    hk.cur_resumed = false;
    hk.cur_task = handle_task(h, &wakeup);
    if (hk.cur_task == NULL) {
      Text cb = {0};
      add_handle(vm, &cb, h, NULL);
      fprintf(r->out, "  %scallback%s %s\n", paint(r->colour, C_CYAN), paint(r->colour, C_RESET),
              text_get(&cb));
      text_free(&cb);
      fflush(r->out);
    }
    return;
  }
  if (r == NULL) {
    /* :run: remember the tasks that finish, to list them at the end */
    if (kind == EV_TASK_DONE && !list_append(vm, hk.keep, subject)) vm_take_exception(vm);
    return;
  }
  if ((kind == EV_RESUME || kind == EV_THROW) && hk.cur_open && hk.cur_task && !hk.cur_resumed) {
    hk.cur_resumed = true;
    ObjTask *task = hk.cur_task;
    ObjCoro *co = IS_CORO(task_coro(task)) ? AS_CORO(task_coro(task)) : NULL;
    step_task_label(r, task);
    if (co == NULL || co->frame == NULL) {
      fputs(": resumed\n", r->out);
      return;
    }
    ObjCode *code = co->frame->code;
    int line = frame_line(co->frame);
    bool started = co->frame->ip == code->code;
    const char *file = short_path(code->filename->chars);
    if (kind == EV_THROW && IS_OBJ(detail) && started)
      fprintf(r->out, ": %s%s thrown in%s before it started\n", paint(r->colour, C_RED),
              AS_OBJ(detail)->cls->name->chars, paint(r->colour, C_RESET));
    else if (kind == EV_THROW && IS_OBJ(detail))
      fprintf(r->out, ": %s%s thrown in%s at %s:%d\n", paint(r->colour, C_RED), AS_OBJ(detail)->cls->name->chars,
              paint(r->colour, C_RESET), file, line);
    else
      fprintf(r->out, ": %s at %s:%d\n", started ? "started" : "resumed", file, line);
    Text src = {0};
    if (!started && add_source_line(vm, &src, code, line))
      fprintf(r->out, "      %s%s%s\n", paint(r->colour, C_DIM), text_get(&src), paint(r->colour, C_RESET));
    text_free(&src);
    fflush(r->out);
  }
}

/* The one hook the views install (chained in front of the previous one). */
static void views_hook(VM *vm, EventKind kind, Value subject, Value detail) {
  if (hk.busy == 0) {
    hk.busy++;
    vm_push_root(vm, subject);
    vm_push_root(vm, detail);
    if (kind == EV_TASK_NEW && IS_TASK(subject)) seen_add(vm, AS_TASK(subject));
    /* :step's lines for the handle that ended and its heading go before
       the trace line of the next handle, the others after the trace */
    if (hk.collecting && kind == EV_HANDLE_RUN) {
      step_finish_handle(vm);
      step_heading(vm);
    }
    if (hk.trace_on) trace_event(vm, kind, subject, detail);
    if (hk.collecting) collect_event(vm, kind, subject, detail);
    vm_pop_root(vm, 2);
    hk.busy--;
  }
  if (hk.prev) hk.prev(vm, kind, subject, detail);
}

/* Put views_hook in front of the VM's hook (once). */
static void hook_install(VM *vm) {
  if (hk.installed && vm->hook == views_hook) return;
  hk.prev = vm->hook;
  vm->hook = views_hook;
  hk.installed = true;
}

/* Take views_hook out again when nobody needs it (and it is on top). */
static void hook_maybe_remove(VM *vm) {
  if (!hk.installed || hk.trace_on || hk.collecting || hk.repl) return;
  if (vm->hook != views_hook) return;      /* someone chained after us: stay */
  vm->hook = hk.prev;
  hk.prev = NULL;
  hk.installed = false;
}

void trace_enable(VM *vm, FILE *out, bool colour) {
  hk.trace_out = out;
  hk.trace_colour = colour;
  hk.trace_on = true;
  hook_install(vm);
}

void trace_disable(VM *vm) {
  hk.trace_on = false;
  hook_maybe_remove(vm);
}

/* }====================================================== */

/* {====================================================== REPL helpers */

bool repl_loop(Repl *r, Value *loop) {
  VM *vm = r->vm;
  hk.repl = true;
  hook_install(vm);
  if (IS_UNDEF(vm->roots[r->loop_root])) {
    Value asyncio, fn, made, ignored;
    ObjStr *name = str_intern(vm, "asyncio", 7);
    if (name == NULL || !runtime_import(vm, name, &asyncio)) return false;
    vm_push_root(vm, asyncio);
    bool ok = value_getattr(vm, asyncio, str_intern(vm, "new_event_loop", 14), &fn) &&
              vm_call(vm, fn, 0, NULL, NULL, &made);
    if (ok) {
      vm->roots[r->loop_root] = made;
      ok = value_getattr(vm, asyncio, str_intern(vm, "set_event_loop", 14), &fn) &&
           vm_call(vm, fn, 1, &made, NULL, &ignored);
    }
    vm_pop_root(vm, 1);
    if (!ok) return false;
  }
  *loop = vm->roots[r->loop_root];
  return true;
}

/* Print a heading line ("== title ==" in bold when coloured). */
static void heading(Repl *r, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void heading(Repl *r, const char *fmt, ...) {
  va_list ap;
  fputs(paint(r->colour, C_BOLD), r->out);
  va_start(ap, fmt);
  vfprintf(r->out, fmt, ap);
  va_end(ap);
  fputs(paint(r->colour, C_RESET), r->out);
  fputc('\n', r->out);
}

/* Evaluate the Python expression [expr] in the main module's namespace.
** False with the exception pending (SyntaxError, NameError ...). */
static bool eval_arg(Repl *r, const char *expr, Value *out) {
  VM *vm = r->vm;
  ObjCode *code = vm_compile(vm, expr, "<stdin>", PARSE_EVAL);
  if (code == NULL) return false;
  VMResult res = vm_run_code(vm, code, vm->main_module->dict, out);
  if (res == VM_SUSPEND) {                 /* an await in the argument */
    if (IS_CORO(*out)) {
      vm_push_root(vm, *out);
      coro_close(vm, AS_CORO(*out));
      vm_pop_root(vm, 1);
      vm_take_exception(vm);
    }
    return vm_raise(vm, vm->exc_SyntaxError, "'await' is not allowed in a command's argument");
  }
  return res == VM_RETURN;
}

/* The REPL's loop as an ObjLoop, or NULL after raising. */
static ObjLoop *the_loop(Repl *r) {
  Value v;
  if (!repl_loop(r, &v)) return NULL;
  if (!IS_KIND(v, OBJ_LOOP)) {
    vm_raise(r->vm, r->vm->exc_RuntimeError, "the REPL's event loop is not a loop");
    return NULL;
  }
  return (ObjLoop *)AS_OBJ(v);
}

/* Uncancelled timers in the heap. */
static size_t live_timers(ObjLoop *loop) {
  size_t n = 0;
  for (size_t i = 0; i < loop->timer_count; i++)
    if (!loop->timers[i]->cancelled) n++;
  return n;
}

/* Can the REPL run [loop] now?  Prints why not. */
static bool loop_usable(Repl *r, ObjLoop *loop) {
  if (loop->state == LOOP_CLOSED) {
    fprintf(r->out, "the event loop is closed (:reset makes a new one)\n");
    return false;
  }
  if (loop->state == LOOP_RUNNING || asyncio_state(r->vm)->running_loop != NULL) {
    fprintf(r->out, "an event loop is already running\n");
    return false;
  }
  return true;
}

/* Run one iteration of [loop] as run_forever would (the loop marked
** running, so get_running_loop() works in callbacks).  False after raising
** (KeyboardInterrupt, SystemExit, a broken loop). */
static bool run_one(VM *vm, ObjLoop *loop) {
  AsyncioState *st = asyncio_state(vm);
  vm_push_root(vm, OBJ_VAL(loop));
  st->running_loop = loop;
  loop->state = LOOP_RUNNING;
  bool ok = loop_run_once(vm, loop);
  loop->stopping = false;
  loop->state = LOOP_IDLE;
  st->running_loop = NULL;
  vm_pop_root(vm, 1);
  return ok;
}

/* Start collecting for :step (printing to [r]) or :run ([r] NULL).  The
** keep list is pushed on the root stack: collect_end pops it. */
static bool collect_begin(VM *vm, Repl *r) {
  ObjList *keep = list_new(vm, 8);
  if (keep == NULL) return false;
  vm_push_root(vm, OBJ_VAL(keep));
  hk.keep = keep;
  hk.step_repl = r;
  hk.cur_open = false;
  hk.handles = 0;
  hk.collecting = true;
  hook_install(vm);
  return true;
}

static void collect_end(VM *vm) {
  hk.collecting = false;
  hk.keep = NULL;
  hk.step_repl = NULL;
  hk.cur_open = false;
  vm_pop_root(vm, 1);
  hook_maybe_remove(vm);
}

/* }====================================================== */

/* {====================================================== :step and :run */

/* Print the outcome of a task step: where it is now and on what. */
static void print_task_outcome(Repl *r, ObjTask *task) {
  VM *vm = r->vm;
  bool c = r->colour;
  Text t = {0};
  ObjFuture *f = &task->fut;
  if (f->state == FUTURE_CANCELLED) {
    fprintf(r->out, "      -> %scancelled%s\n", paint(c, C_YELLOW), paint(c, C_RESET));
    return;
  }
  if (f->state == FUTURE_FINISHED) {
    if (!IS_UNDEF(future_exception(f))) {
      text_repr(vm, &t, future_exception(f), REPR_MAX);
      fprintf(r->out, "      -> %sfinished: raised %s%s\n", paint(c, C_RED), text_get(&t), paint(c, C_RESET));
    } else {
      text_repr(vm, &t, future_result_value(f), REPR_MAX);
      fprintf(r->out, "      -> %sfinished: returned %s%s\n", paint(c, C_GREEN), text_get(&t), paint(c, C_RESET));
    }
    text_free(&t);
    return;
  }
  ObjCoro *last;
  Value v = innermost_awaitable(task_coro(task), &last);
  ObjCode *code;
  int line;
  text_str(&t, "suspended");
  if (last && coro_where(last, &code, &line)) {
    if (!IS_OBJ(task_coro(task)) || AS_OBJ(task_coro(task)) != (Obj *)last) {
      text_str(&t, " in ");
      add_coro_name(vm, &t, OBJ_VAL(last));
    }
    text_printf(&t, " at %s:%d", short_path(code->filename->chars), line);
  }
  if (task->phase == TASK_SCHEDULED) {
    if (IS_KIND(v, OBJ_FUTURE_ITER) && ((ObjFutureIter *)AS_OBJ(v))->kind == FITER_SLEEP)
      text_str(&t, " on sleep(0): ready again at the next step");
    else
      text_str(&t, ", yielded to the loop: ready again at the next step");
  } else {
    text_str(&t, " on ");
    add_awaited(vm, &t, v, task->fut_waiter);
  }
  fprintf(r->out, "      -> %s%s%s\n", paint(c, C_CYAN), text_get(&t), paint(c, C_RESET));
  text_free(&t);
}

/* Parse a non-negative number of seconds; false if [s] is not one. */
static bool parse_seconds(const char *s, double *out) {
  char *end;
  errno = 0;
  double d = strtod(s, &end);
  if (end == s || *end != '\0' || errno != 0 || !(d >= 0) || d > 1e9) return false;
  *out = d;
  return true;
}

/* :step [N] */
static bool cmd_step(Repl *r, const char *arg) {
  VM *vm = r->vm;
  long n = 1;
  if (*arg) {
    char *end;
    errno = 0;
    n = strtol(arg, &end, 10);
    if (*end != '\0' || errno != 0 || n < 1 || n > 1000000) {
      fprintf(r->out, "usage: :step [N]   (N: how many loop iterations, a whole number >= 1)\n");
      return true;
    }
  }
  ObjLoop *loop = the_loop(r);
  if (loop == NULL) return false;
  if (!loop_usable(r, loop)) return true;
  vm_push_root(vm, OBJ_VAL(loop));
  if (!collect_begin(vm, r)) { vm_pop_root(vm, 1); return false; }
  bool ok = true;
  for (long i = 0; i < n; i++) {
    if (loop->ready_count == 0 && live_timers(loop) == 0) {
      fprintf(r->out, "%snothing to step:%s the ready queue and the timers are empty\n",
              paint(r->colour, C_DIM), paint(r->colour, C_RESET));
      break;
    }
    hk.step_number = (int)i + 1;
    hk.step_t0 = loop_clock(vm);
    hk.header_done = false;
    ok = run_one(vm, loop);
    step_finish_handle(vm);
    if (!hk.header_done) {
      step_heading(vm);
      fprintf(r->out, "  nothing ran (the due timers had been cancelled)\n");
    }
    fflush(r->out);
    if (!ok) break;
  }
  collect_end(vm);
  vm_pop_root(vm, 1);
  return ok;
}

/* Wait (real clock) until loop time [target]; false on Ctrl-C. */
static bool real_wait_until(VM *vm, double target) {
  for (;;) {
    double left = target - loop_clock(vm);
    if (left <= 0) return true;
    struct timespec req;
    if (left > 0.1) left = 0.1;
    req.tv_sec = 0;
    req.tv_nsec = (long)(left * 1e9);
    nanosleep(&req, NULL);
    if (vm_sigint_pending) return vm_handle_sigint(vm);
  }
}

/* :run [SECONDS] */
static bool cmd_run(Repl *r, const char *arg) {
  VM *vm = r->vm;
  bool limited = false;
  double seconds = 0;
  if (*arg) {
    if (!parse_seconds(arg, &seconds)) {
      fprintf(r->out, "usage: :run [SECONDS]   (run until nothing is ready, or for SECONDS of loop time)\n");
      return true;
    }
    limited = true;
  }
  ObjLoop *loop = the_loop(r);
  if (loop == NULL) return false;
  if (!loop_usable(r, loop)) return true;
  vm_push_root(vm, OBJ_VAL(loop));
  if (!collect_begin(vm, NULL)) { vm_pop_root(vm, 1); return false; }
  double start = loop_clock(vm), target = start + seconds;
  long iterations = 0;
  bool ok = true;
  for (;;) {
    bool ready = loop->ready_count > 0;
    /* the earliest live timer */
    double next = 0;
    bool have_timer = false;
    for (size_t i = 0; i < loop->timer_count; i++) {
      ObjHandle *h = loop->timers[i];
      if (h->cancelled) continue;
      if (!have_timer || h->when < next) next = h->when;
      have_timer = true;
    }
    if (!ready && !have_timer) break;
    if (limited && !ready && next > target) break;
    ok = run_one(vm, loop);
    iterations++;
    if (!ok) break;
  }
  if (ok && limited) {
    /* let the rest of the time pass */
    if (vm->virtual_clock) {
      AsyncioState *st = asyncio_state(vm);
      if (st->virtual_now < target) st->virtual_now = target;
    } else {
      ok = real_wait_until(vm, target);
    }
  }
  if (ok && iterations == 0 && !limited) {
    collect_end(vm);
    vm_pop_root(vm, 1);
    fprintf(r->out, "%snothing to run:%s the ready queue and the timers are empty\n",
            paint(r->colour, C_DIM), paint(r->colour, C_RESET));
    return true;
  }
  long handles = hk.handles;
  double end = loop_clock(vm);
  size_t timers = live_timers(loop);
  fprintf(r->out, "%sran %ld iteration%s, %ld handle%s: t=%.3f -> %.3f%s\n", paint(r->colour, C_BOLD),
          iterations, iterations == 1 ? "" : "s", handles, handles == 1 ? "" : "s",
          shown_time(vm, start), shown_time(vm, end), paint(r->colour, C_RESET));
  /* the tasks that finished meanwhile */
  for (size_t i = 0; i < hk.keep->count; i++) {
    ObjTask *task = AS_TASK(hk.keep->items[i]);
    Text t = {0};
    add_task_label(vm, &t, task);
    text_str(&t, ": ");
    const char *col = add_task_state(vm, &t, task, true);
    fprintf(r->out, "  %s%s%s\n", paint(r->colour, col), text_get(&t), paint(r->colour, C_RESET));
    text_free(&t);
  }
  collect_end(vm);
  if (loop->ready_count == 0 && timers == 0)
    fprintf(r->out, "nothing left to run\n");
  else
    fprintf(r->out, "%zu ready, %zu timer%s pending\n", loop->ready_count, timers, timers == 1 ? "" : "s");
  vm_pop_root(vm, 1);
  return ok;
}

/* }====================================================== */

/* {====================================================== :tasks, :where, :locals */

/* The tasks to list: those seen created, then live ones not seen (made
** before the views listened), in creation order as far as known. */
static int collect_tasks(VM *vm, ObjTask ***out) {
  AsyncioState *st = asyncio_state(vm);
  int n = seen_count, cap = seen_count + 8;
  ObjTask **list = malloc(sizeof *list * (size_t)cap);
  *out = list;
  if (list == NULL) return 0;
  if (seen_count > 0) memcpy(list, seen_tasks, sizeof *list * (size_t)seen_count);
  for (ObjTask *t = st->live_head; t; t = t->live_next) {
    bool found = false;
    for (int i = 0; i < seen_count && !found; i++) found = seen_tasks[i] == t;
    if (found) continue;
    if (n == cap) {
      cap *= 2;
      ObjTask **p = realloc(list, sizeof *list * (size_t)cap);
      if (p == NULL) break;
      list = p;
    }
    list[n++] = t;
  }
  *out = list;
  return n;
}

/* :tasks */
static bool cmd_tasks(Repl *r, const char *arg) {
  VM *vm = r->vm;
  if (*arg) {
    fprintf(r->out, "usage: :tasks   (no arguments)\n");
    return true;
  }
  ObjTask **tasks;
  int n = collect_tasks(vm, &tasks);
  if (n <= 0) {
    free(tasks);
    fprintf(r->out, "no tasks\n");
    return true;
  }
  /* Root them: reprs may run Python code. */
  for (int i = 0; i < n; i++) vm_push_root(vm, OBJ_VAL(tasks[i]));
  enum { NCOL = 4 };
  Text *cells = calloc((size_t)n * NCOL, sizeof(Text));
  const char **colours = calloc((size_t)n, sizeof(char *));
  if (cells == NULL || colours == NULL) {
    free(cells);
    free(colours);
    free(tasks);
    vm_pop_root(vm, n);
    return vm_raise_memory(vm);
  }
  size_t width[NCOL] = {4, 9, 5, 4};     /* the headings' widths */
  for (int i = 0; i < n; i++) {
    ObjTask *t = tasks[i];
    Text *row = &cells[i * NCOL];
    add_task_name(&row[0], t);
    add_coro_name(vm, &row[1], task_coro(t));
    colours[i] = add_task_state(vm, &row[2], t, true);
    if (t->fut.state == FUTURE_PENDING) add_coro_pos(&row[3], task_coro(t));
    else text_str(&row[3], "-");
    for (int k = 0; k < NCOL; k++) {
      size_t w = text_width(text_get(&row[k]));
      if (w > width[k]) width[k] = w;
    }
  }
  bool c = r->colour;
  fprintf(r->out, "%s%-*s  %-*s  %-*s  %s%s\n", paint(c, C_BOLD), (int)width[0], "NAME", (int)width[1],
          "COROUTINE", (int)width[2], "STATE", "LINE", paint(c, C_RESET));
  for (int i = 0; i < n; i++) {
    Text *row = &cells[i * NCOL];
    const char *s2 = text_get(&row[2]);
    fprintf(r->out, "%-*s  %-*s  %s%s%s%*s  %s\n", (int)width[0], text_get(&row[0]), (int)width[1],
            text_get(&row[1]), paint(c, colours[i]), s2, paint(c, C_RESET),
            (int)(width[2] - text_width(s2)), "", text_get(&row[3]));
    for (int k = 0; k < NCOL; k++) text_free(&row[k]);
  }
  free(cells);
  free(colours);
  free(tasks);
  vm_pop_root(vm, n);
  return true;
}

/* One frame of an await chain, for :where. */
typedef struct {
  Text func, pos, src;
} WhereRow;

/* Print the await chain of coroutine [coro] indented by [indent]; then,
** when it ends on another task, that task's chain ([depth] guards cycles). */
static void print_chain(Repl *r, Value coro, ObjTask *owner, int indent, int depth) {
  VM *vm = r->vm;
  bool c = r->colour;
  WhereRow rows[64];
  int n = 0;
  size_t wf = 0, wp = 0;
  Value v = coro;
  while (IS_CORO(v) && n < 64) {
    ObjCoro *co = AS_CORO(v);
    WhereRow *row = &rows[n++];
    memset(row, 0, sizeof *row);
    add_coro_name(vm, &row->func, v);
    ObjCode *code;
    int line;
    if (coro_where(co, &code, &line)) {
      text_printf(&row->pos, "%s:%d", short_path(code->filename->chars), line);
      add_source_line(vm, &row->src, code, line);
    } else {
      text_str(&row->pos, co->state == CORO_RUNNING ? "(running)" : "(finished)");
    }
    if (text_width(text_get(&row->func)) > wf) wf = text_width(text_get(&row->func));
    if (text_width(text_get(&row->pos)) > wp) wp = text_width(text_get(&row->pos));
    v = coro_awaiting(co);
  }
  for (int i = 0; i < n; i++) {
    WhereRow *row = &rows[i];
    const char *f = text_get(&row->func), *p = text_get(&row->pos);
    fprintf(r->out, "%*s%s%s%s%*s  %s%*s  %s%s%s\n", indent, "", paint(c, C_BOLD), f, paint(c, C_RESET),
            (int)(wf - text_width(f)), "", p, (int)(wp - text_width(p)), "", paint(c, C_DIM),
            text_get(&row->src), paint(c, C_RESET));
    text_free(&row->func);
    text_free(&row->pos);
    text_free(&row->src);
  }
  /* the innermost awaitable */
  ObjCoro *last;
  Value inner = innermost_awaitable(coro, &last);
  ObjFuture *fallback = owner && owner->fut.state == FUTURE_PENDING ? owner->fut_waiter : NULL;
  bool suspended = last && last->state == CORO_SUSPENDED;
  if (suspended || fallback) {
    Text t = {0};
    add_awaited(vm, &t, inner, fallback);
    fprintf(r->out, "%*s%s-> awaiting %s%s\n", indent, "", paint(c, C_CYAN), text_get(&t), paint(c, C_RESET));
    text_free(&t);
    ObjFuture *f = NULL;
    if (IS_KIND(inner, OBJ_FUTURE_ITER)) f = ((ObjFutureIter *)AS_OBJ(inner))->fut;
    if (f == NULL) f = fallback;
    if (f && f->kind == FUTURE_KIND_TASK && f->state == FUTURE_PENDING && depth < 8) {
      ObjTask *sub = (ObjTask *)f;
      print_chain(r, task_coro(sub), sub, indent + 4, depth + 1);
    } else if (f && f->kind == FUTURE_KIND_GATHER && depth < 8) {
      ObjGather *g = (ObjGather *)f;
      for (size_t i = 0; g->children && i < g->children->count; i++) {
        ObjFuture *cf = AS_FUTURE(g->children->items[i]);
        if (cf->kind != FUTURE_KIND_TASK) continue;
        ObjTask *sub = (ObjTask *)cf;
        Text st = {0};
        add_task_label(vm, &st, sub);
        text_str(&st, ": ");
        const char *col = add_task_state(vm, &st, sub, true);
        fprintf(r->out, "%*s%s%s%s\n", indent + 4, "", paint(c, col), text_get(&st), paint(c, C_RESET));
        text_free(&st);
        if (cf->state == FUTURE_PENDING) print_chain(r, task_coro(sub), sub, indent + 6, depth + 1);
      }
    }
  } else if (last && last->state == CORO_CREATED) {
    fprintf(r->out, "%*s%s-> not started yet%s\n", indent, "", paint(c, C_DIM), paint(c, C_RESET));
  }
}

/* Who awaits task [t]: tasks parked on it, gathers holding it, or
** run_until_complete. */
static void print_awaited_by(Repl *r, ObjTask *t) {
  VM *vm = r->vm;
  Text who = {0};
  int n = 0;
  ObjFuture *f = &t->fut;
  for (size_t i = 0; i < future_callback_count(f); i++) {
    ObjTask *w;
    Value cb = future_callback_at(f, i, &w);
    if (n > 0) text_str(&who, ", ");
    if (w) {
      add_task_label(vm, &who, w);
    } else if (IS_NATIVE(cb) && IS_FUTURE(AS_NATIVE(cb)->self) &&
               AS_FUTURE(AS_NATIVE(cb)->self)->kind == FUTURE_KIND_GATHER) {
      ObjFuture *g = AS_FUTURE(AS_NATIVE(cb)->self);
      add_future(vm, &who, g);
      ObjTask *gw = waiter_of(g);
      if (gw) { text_str(&who, " in "); add_task_label(vm, &who, gw); }
    } else if (IS_OBJ(cb) && IS_OBJ(asyncio_state(vm)->run_until_complete_cb) &&
               AS_OBJ(cb) == AS_OBJ(asyncio_state(vm)->run_until_complete_cb)) {
      text_str(&who, "run_until_complete()");
    } else {
      text_str(&who, "callback ");
      add_callback(vm, &who, cb, 0, NULL, NULL);
    }
    n++;
  }
  fprintf(r->out, "awaited by: %s\n", n ? text_get(&who) : "nobody");
  text_free(&who);
}

/* The coroutine and task an argument of :where / :locals / :dis names:
** a Task gives its coroutine; a coroutine the task driving it, if any. */
static void resolve(Value v, Value *coro, ObjTask **task) {
  *task = NULL;
  *coro = v;
  if (IS_TASK(v)) {
    *task = AS_TASK(v);
    *coro = task_coro((*task));
    return;
  }
  if (IS_CORO(v)) {
    ObjTask **tasks = seen_tasks;
    for (int i = 0; i < seen_count; i++)
      if (IS_OBJ(task_coro(tasks[i])) && AS_OBJ(task_coro(tasks[i])) == AS_OBJ(v)) *task = tasks[i];
  }
}

/* The object argument of :locals and :dis: the usage line when [arg] is
** empty (0), else [arg] evaluated into *v, pushed on the root stack (the
** caller pops it), and resolved into *coro and *task (1); -1 after an
** error in the expression. */
static int object_arg(Repl *r, const char *arg, const char *usage, Value *v, Value *coro,
                      ObjTask **task) {
  if (!*arg) {
    fprintf(r->out, "usage: %s\n", usage);
    return 0;
  }
  if (!eval_arg(r, arg, v)) return -1;
  vm_push_root(r->vm, *v);
  resolve(*v, coro, task);
  return 1;
}

/* The :where block of one task or coroutine. */
static void where_one(Repl *r, Value v) {
  VM *vm = r->vm;
  Value coro;
  ObjTask *task;
  resolve(v, &coro, &task);
  Text t = {0};
  if (task) {
    add_task_label(vm, &t, task);
    text_str(&t, ": ");
    const char *col = add_task_state(vm, &t, task, true);
    fprintf(r->out, "%s%s%s%s\n", paint(r->colour, C_BOLD), paint(r->colour, col), text_get(&t),
            paint(r->colour, C_RESET));
  } else {
    add_coro_name(vm, &t, coro);
    const char *state = !IS_CORO(coro) ? "" :
      AS_CORO(coro)->state == CORO_CREATED ? " (not started)" :
      AS_CORO(coro)->state == CORO_SUSPENDED ? " (suspended)" :
      AS_CORO(coro)->state == CORO_RUNNING ? " (running)" : " (finished)";
    fprintf(r->out, "%s%s%s%s\n", paint(r->colour, C_BOLD), text_get(&t), state, paint(r->colour, C_RESET));
  }
  text_free(&t);
  if (!task || task->fut.state == FUTURE_PENDING) print_chain(r, coro, task, 2, 0);
  if (task) print_awaited_by(r, task);
}

/* :where [TASK|CORO] */
static bool cmd_where(Repl *r, const char *arg) {
  VM *vm = r->vm;
  if (*arg) {
    Value v;
    if (!eval_arg(r, arg, &v)) return false;
    if (!IS_TASK(v) && !IS_CORO(v)) {
      if (IS_KIND(v, OBJ_FUTURE_ITER))
        fprintf(r->out, "asyncio.sleep()'s coroutine is C code: it has no frames to show\n");
      else
        fprintf(r->out, ":where wants a task or a coroutine, not %s\n", value_type_name(vm, v));
      return true;
    }
    vm_push_root(vm, v);
    where_one(r, v);
    vm_pop_root(vm, 1);
    return true;
  }
  ObjTask **tasks;
  int n = collect_tasks(vm, &tasks);
  int shown = 0;
  for (int i = 0; i < n; i++) vm_push_root(vm, OBJ_VAL(tasks[i]));
  for (int i = 0; i < n; i++) {
    if (tasks[i]->fut.state != FUTURE_PENDING) continue;
    if (shown++) fputc('\n', r->out);
    where_one(r, OBJ_VAL(tasks[i]));
  }
  vm_pop_root(vm, n);
  free(tasks);
  if (shown == 0) fprintf(r->out, "no pending tasks (try :where CORO)\n");
  return true;
}

/* :locals CORO */
static bool cmd_locals(Repl *r, const char *arg) {
  VM *vm = r->vm;
  Value v, coro;
  ObjTask *task;
  int got = object_arg(r, arg, ":locals CORO   (a coroutine, generator or task)", &v, &coro, &task);
  if (got <= 0) return got == 0;
  Frame *f = NULL;
  if (IS_CORO(coro)) f = AS_CORO(coro)->frame;
  else if (IS_KIND(v, OBJ_FRAME)) f = (Frame *)AS_OBJ(v);
  if (!IS_CORO(coro) && f == NULL) {
    if (IS_KIND(coro, OBJ_FUTURE_ITER))
      fprintf(r->out, "asyncio.sleep()'s coroutine is C code: it has no local variables\n");
    else
      fprintf(r->out, ":locals wants a coroutine, generator or task, not %s\n", value_type_name(vm, v));
    vm_pop_root(vm, 1);
    return true;
  }
  Text name = {0};
  if (IS_CORO(coro)) add_coro_name(vm, &name, coro);
  else text_printf(&name, "%s()", f->code->name->chars);
  if (f == NULL || (IS_CORO(coro) && AS_CORO(coro)->state == CORO_CLOSED)) {
    fprintf(r->out, "%s has finished: it has no frame and no locals\n", text_get(&name));
    text_free(&name);
    vm_pop_root(vm, 1);
    return true;
  }
  fprintf(r->out, "%slocals of %s at %s:%d%s\n", paint(r->colour, C_BOLD), text_get(&name),
          short_path(f->code->filename->chars), frame_line(f), paint(r->colour, C_RESET));
  text_free(&name);
  /* names and values: fast locals, then cells (cellvars, freevars) */
  ObjCode *co = f->code;
  int total = co->nlocals + co->ncells + co->nfrees;
  const char **names = calloc((size_t)total + 1, sizeof(char *));
  Value *vals = calloc((size_t)total + 1, sizeof(Value));
  if (names == NULL || vals == NULL) {
    free(names);
    free(vals);
    vm_pop_root(vm, 1);
    return vm_raise_memory(vm);
  }
  int n = 0;
  size_t w = 0;
  for (int i = 0; i < total; i++) {
    ObjStr *nm;
    Value val = f->slots[i];
    if (i < co->nlocals) {
      nm = AS_STR(co->varnames->items[i]);
    } else {
      int k = i - co->nlocals;
      nm = AS_STR(k < co->ncells ? co->cellvars->items[k] : co->freevars->items[k - co->ncells]);
      if (IS_KIND(val, OBJ_CELL)) val = AS_CELL(val)->value;
    }
    if (IS_UNDEF(val)) continue;
    bool dup = false;
    for (int j = 0; j < n && !dup; j++) dup = strcmp(names[j], nm->chars) == 0;
    if (dup) continue;
    names[n] = nm->chars;
    vals[n] = val;
    n++;
    if (text_width(nm->chars) > w) w = text_width(nm->chars);
  }
  if (n == 0) fprintf(r->out, "  (no local variables bound yet)\n");
  for (int i = 0; i < n; i++) {
    Text t = {0};
    text_repr(vm, &t, vals[i], REPR_MAX);
    fprintf(r->out, "  %s%-*s%s = %s\n", paint(r->colour, C_CYAN), (int)w, names[i], paint(r->colour, C_RESET),
            text_get(&t));
    text_free(&t);
  }
  free(names);
  free(vals);
  vm_pop_root(vm, 1);
  return true;
}

/* }====================================================== */

/* {====================================================== :dis, :trace, :clock, :queue */

/* :dis OBJ */
static bool cmd_dis(Repl *r, const char *arg) {
  VM *vm = r->vm;
  Value v, coro;
  ObjTask *task;
  int got = object_arg(r, arg, ":dis OBJ   (a function, coroutine, generator, task or code object)", &v, &coro, &task);
  if (got <= 0) return got == 0;
  Value fn = coro;
  if (IS_KIND(fn, OBJ_BOUND_METHOD)) fn = ((ObjBoundMethod *)AS_OBJ(fn))->func;
  ObjCode *code = NULL;
  uint32_t mark = UINT32_MAX;
  if (IS_FUNCTION(fn)) {
    code = AS_FUNCTION(fn)->code;
  } else if (IS_CODE(fn)) {
    code = AS_CODE(fn);
  } else if (IS_CORO(fn)) {
    ObjCoro *co = AS_CORO(fn);
    code = coro_code(co);
    Text name = {0};
    add_coro_name(vm, &name, fn);
    if (co->state == CORO_SUSPENDED && co->frame) {
      mark = (uint32_t)(co->frame->ip - co->frame->code->code);
      fprintf(r->out, "%s%s is suspended at line %d; --> marks the instruction it resumes at%s\n",
              paint(r->colour, C_BOLD), text_get(&name), frame_line(co->frame), paint(r->colour, C_RESET));
    } else if (co->state == CORO_CREATED) {
      mark = 0;
      fprintf(r->out, "%s%s has not started; --> marks its first instruction%s\n",
              paint(r->colour, C_BOLD), text_get(&name), paint(r->colour, C_RESET));
    } else {
      fprintf(r->out, "%s%s has finished%s\n", paint(r->colour, C_BOLD), text_get(&name),
              paint(r->colour, C_RESET));
    }
    text_free(&name);
  }
  if (code == NULL) {
    if (IS_KIND(fn, OBJ_FUTURE_ITER) || IS_NATIVE(fn))
      fprintf(r->out, "%s is C code: it has no bytecode\n",
              IS_NATIVE(fn) ? AS_NATIVE(fn)->name : "asyncio.sleep()'s coroutine");
    else
      fprintf(r->out, ":dis wants a function, coroutine, generator, task or code object, not %s\n",
              value_type_name(vm, v));
    vm_pop_root(vm, 1);
    return true;
  }
  dis_code(vm, r->out, code, mark);
  vm_pop_root(vm, 1);
  return true;
}

/* :trace on|off */
static bool cmd_trace(Repl *r, const char *arg) {
  if (strcmp(arg, "on") == 0) {
    trace_enable(r->vm, r->out, r->colour);
    fprintf(r->out, "trace on: every resume, suspend, throw, return and loop callback is printed\n");
  } else if (strcmp(arg, "off") == 0) {
    trace_disable(r->vm);
    fprintf(r->out, "trace off\n");
  } else if (!*arg) {
    fprintf(r->out, "trace is %s (:trace on|off)\n", hk.trace_on ? "on" : "off");
  } else {
    fprintf(r->out, "usage: :trace on|off\n");
  }
  return true;
}

/* Shift every timer of [loop] by [delta] seconds (the clock changed under
** them; their order does not change, so the heap stays a heap). */
static void shift_timers(ObjLoop *loop, double delta) {
  for (size_t i = 0; i < loop->timer_count; i++) loop->timers[i]->when += delta;
}

/* :clock [real|virtual|+SECONDS] */
static bool cmd_clock(Repl *r, const char *arg) {
  VM *vm = r->vm;
  AsyncioState *st = asyncio_state(vm);
  ObjLoop *loop = NULL;
  if (!IS_UNDEF(vm->roots[r->loop_root]) && IS_KIND(vm->roots[r->loop_root], OBJ_LOOP))
    loop = (ObjLoop *)AS_OBJ(vm->roots[r->loop_root]);
  if (!*arg) {
    fprintf(r->out, "clock: %s, t=%.3f\n", vm->virtual_clock ? "virtual" : "real", now_shown(vm));
    return true;
  }
  if (st->running_loop != NULL) {
    fprintf(r->out, "cannot change the clock while a loop runs\n");
    return true;
  }
  if (strcmp(arg, "virtual") == 0) {
    if (!vm->virtual_clock) {
      /* keep the time the views show, and every timer's remaining delay */
      double real = loop_clock(vm), shown = shown_time(vm, real);
      st->virtual_now = shown;
      if (loop) shift_timers(loop, shown - real);
      vm->virtual_clock = true;
    }
    fprintf(r->out, "clock: virtual, t=%.3f (timers fire as soon as nothing is ready)\n", now_shown(vm));
  } else if (strcmp(arg, "real") == 0) {
    if (vm->virtual_clock) {
      double virt = st->virtual_now;
      vm->virtual_clock = false;
      double real = loop_clock(vm);
      real_epoch = real - virt;
      if (loop) shift_timers(loop, real - virt);
    }
    fprintf(r->out, "clock: real (timers wait for real time)\n");
  } else if (arg[0] == '+') {
    double d;
    if (!parse_seconds(arg + 1, &d)) {
      fprintf(r->out, "usage: :clock +SECONDS   (e.g. :clock +0.5)\n");
      return true;
    }
    if (!vm->virtual_clock) {
      fprintf(r->out, "the real clock cannot be moved: switch with :clock virtual first\n");
      return true;
    }
    st->virtual_now += d;
    size_t due = 0;
    if (loop)
      for (size_t i = 0; i < loop->timer_count; i++)
        if (!loop->timers[i]->cancelled && loop->timers[i]->when <= st->virtual_now) due++;
    if (due == 0)
      fprintf(r->out, "clock: virtual, t=%.3f (no timer is due yet)\n", st->virtual_now);
    else
      fprintf(r->out, "clock: virtual, t=%.3f (%zu timer%s due: %s at the next :step)\n",
              st->virtual_now, due, due == 1 ? "" : "s", due == 1 ? "it runs" : "they run");
  } else {
    fprintf(r->out, "usage: :clock [real|virtual|+SECONDS]\n");
  }
  return true;
}

static int cmp_timers(const void *a, const void *b) {
  const ObjHandle *x = *(ObjHandle *const *)a, *y = *(ObjHandle *const *)b;
  if (x->when != y->when) return x->when < y->when ? -1 : 1;
  return x->seq < y->seq ? -1 : x->seq > y->seq;
}

/* :queue */
static bool cmd_queue(Repl *r, const char *arg) {
  VM *vm = r->vm;
  if (*arg) {
    fprintf(r->out, "usage: :queue   (no arguments)\n");
    return true;
  }
  ObjLoop *loop = the_loop(r);
  if (loop == NULL) return false;
  vm_push_root(vm, OBJ_VAL(loop));
  bool c = r->colour;
  heading(r, "ready queue (%zu):", loop->ready_count);
  if (loop->ready_count == 0) fprintf(r->out, "  (empty)\n");
  /* Copy first: describing a handle may run Python code (an argument's repr). */
  size_t nr = loop->ready_count;
  ObjHandle **ready = malloc(sizeof *ready * (nr + 1));
  size_t nt = loop->timer_count;
  ObjHandle **timers = malloc(sizeof *timers * (nt + 1));
  if (ready == NULL || timers == NULL) {
    free(ready);
    free(timers);
    vm_pop_root(vm, 1);
    return vm_raise_memory(vm);
  }
  for (size_t i = 0; i < nr; i++)
    ready[i] = loop->ready[(loop->ready_head + i) & (loop->ready_capacity - 1)];
  if (nt > 0) memcpy(timers, loop->timers, sizeof *timers * nt);
  qsort(timers, nt, sizeof *timers, cmp_timers);
  for (size_t i = 0; i < nr + nt; i++) vm_push_root(vm, OBJ_VAL(i < nr ? ready[i] : timers[i - nr]));
  for (size_t i = 0; i < nr; i++) {
    Text t = {0};
    if (ready[i]->cancelled) text_str(&t, "(cancelled)");
    else add_handle(vm, &t, ready[i], NULL);
    fprintf(r->out, "  %zu  %s\n", i + 1, text_get(&t));
    text_free(&t);
  }
  size_t live = live_timers(loop);
  heading(r, "timers (%zu):", live);
  if (live == 0) fprintf(r->out, "  (none)\n");
  double now = loop_clock(vm);
  size_t k = 0;
  for (size_t i = 0; i < nt; i++) {
    if (timers[i]->cancelled) continue;
    Text t = {0};
    add_handle(vm, &t, timers[i], NULL);
    double left = timers[i]->when - now;
    fprintf(r->out, "  %zu  %st=%.3f%s (in %.3fs)  %s\n", ++k, paint(c, C_BLUE),
            shown_time(vm, timers[i]->when), paint(c, C_RESET), left > 0 ? left : 0.0, text_get(&t));
    text_free(&t);
  }
  vm_pop_root(vm, (int)(nr + nt) + 1);
  free(ready);
  free(timers);
  return true;
}

/* }====================================================== */

/* {====================================================== :reset, :load, :help */

/* :reset */
static bool cmd_reset(Repl *r, const char *arg) {
  VM *vm = r->vm;
  if (*arg) {
    fprintf(r->out, "usage: :reset   (no arguments)\n");
    return true;
  }
  AsyncioState *st = asyncio_state(vm);
  if (st->running_loop != NULL) {
    fprintf(r->out, "cannot reset while a loop runs\n");
    return true;
  }
  int cancelled = 0;
  Value lv = vm->roots[r->loop_root];
  if (IS_KIND(lv, OBJ_LOOP)) {
    ObjLoop *loop = (ObjLoop *)AS_OBJ(lv);
    vm_push_root(vm, lv);
    /* Cancel its pending tasks and let them finish (their finally blocks
       run), as asyncio.run does before it closes its loop. */
    if (loop->state == LOOP_IDLE) {
      for (ObjTask *t = st->live_head, *next; t; t = next) {
        next = t->live_next;
        if (t->fut.loop != loop) continue;
        bool done;
        vm_push_root(vm, OBJ_VAL(t));
        bool ok = future_cancel(vm, &t->fut, NONE_VAL, &done);
        vm_pop_root(vm, 1);
        if (!ok) { vm_pop_root(vm, 1); return false; }
        if (done) cancelled++;
      }
      for (int i = 0; i < 100 && loop->ready_count > 0; i++)
        if (!run_one(vm, loop)) { vm_pop_root(vm, 1); return false; }
      for (ObjTask *t = st->live_head; t; t = t->live_next)
        if (t->fut.loop == loop) t->log_destroy_pending = false;
    }
    bool ok = loop_close(vm, loop);
    vm_pop_root(vm, 1);
    if (!ok) return false;
    vm->roots[r->loop_root] = UNDEF_VAL;
    if (st->event_loop == loop) st->event_loop = NULL;
  }
  /* The namespace: keep the dunders (__name__, __builtins__ ...). */
  ObjDict *d = vm->main_module->dict;
  ObjList *doomed = list_new(vm, d->count);
  if (doomed == NULL) return false;
  vm_push_root(vm, OBJ_VAL(doomed));
  size_t pos = 0;
  Value k, v;
  while (dict_next(d, &pos, &k, &v)) {
    if (IS_STR(k) && AS_STR(k)->len > 4 && strncmp(AS_STR(k)->chars, "__", 2) == 0 &&
        strcmp(AS_STR(k)->chars + AS_STR(k)->len - 2, "__") == 0)
      continue;
    if (!list_append(vm, doomed, k)) { vm_pop_root(vm, 1); return false; }
  }
  for (size_t i = 0; i < doomed->count; i++) dict_del(vm, d, doomed->items[i], NULL);
  size_t names = doomed->count;
  vm_pop_root(vm, 1);
  seen_count = 0;
  st->task_counter = 0;
  if (vm->virtual_clock) st->virtual_now = 0.0;
  else real_epoch = -1.0;
  fprintf(r->out, "reset: %zu name%s removed, event loop closed", names, names == 1 ? "" : "s");
  if (cancelled) fprintf(r->out, " (%d task%s cancelled)", cancelled, cancelled == 1 ? "" : "s");
  fprintf(r->out, ", clock back to t=0.000\n");
  /* a fresh loop for what comes next (get_event_loop() returns it) */
  Value fresh;
  return repl_loop(r, &fresh);
}

/* :load FILE */
static bool cmd_load(Repl *r, const char *arg) {
  VM *vm = r->vm;
  if (!*arg) {
    fprintf(r->out, "usage: :load FILE   (run a Python file in this namespace)\n");
    return true;
  }
  struct stat sb;
  if (stat(arg, &sb) == 0 && S_ISDIR(sb.st_mode)) {
    fprintf(r->out, "cannot load %s: it is a directory\n", arg);
    return true;
  }
  char *src = file_read_path(arg);
  if (src == NULL) {
    fprintf(r->out, "cannot open %s: %s\n", arg, strerror(errno ? errno : ENOENT));
    return true;
  }
  ObjCode *code = vm_compile(vm, src, arg, PARSE_FILE);
  free(src);
  if (code == NULL) return false;
  Value result;
  fflush(r->out);
  VMResult res = vm_run_code(vm, code, vm->main_module->dict, &result);
  fflush(stdout);
  return res != VM_ERROR;
}

static const char *const HELP[][2] = {
  {":help", "this list"},
  {":step [N]", "run N loop iterations (default 1) and show what each one did"},
  {":run [SECONDS]", "run until nothing is ready (or for SECONDS of loop time)"},
  {":tasks", "every task: name, coroutine, state, current line"},
  {":where [TASK|CORO]", "the await chain of a task or coroutine (default: every pending task)"},
  {":locals CORO", "the local variables of a suspended coroutine, generator or task"},
  {":dis OBJ", "disassemble a function, coroutine or code object (--> where it resumes)"},
  {":trace on|off", "print every resume, suspend, throw, return and loop callback"},
  {":clock [real|virtual|+SECONDS]", "show or switch the loop's clock, or move the virtual one"},
  {":queue", "the ready queue and the timers, in the order they will run"},
  {":reset", "forget every name, cancel the tasks, close the loop"},
  {":load FILE", "run a Python file in this namespace"},
  {":quit", "leave (as Ctrl-D)"},
};

static bool cmd_help(Repl *r, const char *arg) {
  UNUSED(arg);
  size_t n = sizeof HELP / sizeof HELP[0], w = 0;
  for (size_t i = 0; i < n; i++)
    if (strlen(HELP[i][0]) > w) w = strlen(HELP[i][0]);
  heading(r, "commands (the event loop runs only when you ask):");
  for (size_t i = 0; i < n; i++)
    fprintf(r->out, "  %s%-*s%s  %s\n", paint(r->colour, C_CYAN), (int)w, HELP[i][0],
            paint(r->colour, C_RESET), HELP[i][1]);
  return true;
}

static bool cmd_quit(Repl *r, const char *arg) {
  if (*arg) {
    fprintf(r->out, "usage: :quit\n");
    return true;
  }
  r->quit = true;
  return true;
}

/* }====================================================== */

typedef bool (*CommandFn)(Repl *r, const char *arg);

static const struct {
  const char *name;
  CommandFn fn;
} COMMANDS[] = {
  {"help", cmd_help}, {"step", cmd_step}, {"run", cmd_run}, {"tasks", cmd_tasks},
  {"where", cmd_where}, {"locals", cmd_locals}, {"dis", cmd_dis}, {"trace", cmd_trace},
  {"clock", cmd_clock}, {"queue", cmd_queue}, {"reset", cmd_reset}, {"load", cmd_load},
  {"quit", cmd_quit},
};

bool repl_command(Repl *r, const char *line) {
  hk.repl = true;
  hook_install(r->vm);
  const char *p = line;
  if (*p == ':') p++;
  size_t n = 0;
  while (p[n] && p[n] != ' ' && p[n] != '\t') n++;
  /* the argument, without surrounding blanks */
  const char *a = p + n;
  while (*a == ' ' || *a == '\t') a++;
  size_t alen = strlen(a);
  while (alen > 0 && (a[alen - 1] == ' ' || a[alen - 1] == '\t' || a[alen - 1] == '\r')) alen--;
  char *arg = malloc(alen + 1);
  if (arg == NULL) return vm_raise_memory(r->vm);
  memcpy(arg, a, alen);
  arg[alen] = '\0';
  bool ok = true, found = false;
  for (size_t i = 0; i < sizeof COMMANDS / sizeof COMMANDS[0]; i++) {
    if (strlen(COMMANDS[i].name) == n && strncmp(COMMANDS[i].name, p, n) == 0) {
      found = true;
      ok = COMMANDS[i].fn(r, arg);
      break;
    }
  }
  if (!found) {
    if (n == 0) fprintf(r->out, "a command follows ':' (try :help)\n");
    else fprintf(r->out, "unknown command :%.*s (try :help)\n", (int)n, p);
  }
  free(arg);
  fflush(r->out);
  return ok;
}
