/*
** views.c -- the teaching REPL's `:` commands and the event-trace printer
** (see views.h).
*/
#include "src/views.h"

#include <string.h>

#include "src/vm.h"
#include "runtime/runtime.h"

const char *const repl_command_names[] = { ":help", ":quit", NULL };

bool repl_loop(Repl *r, Value *loop) {
  VM *vm = r->vm;
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

bool repl_command(Repl *r, const char *line) {
  if (strcmp(line, ":quit") == 0) r->quit = true;
  else fprintf(r->out, "unknown command %s (try :help)\n", line);
  return true;
}

void trace_enable(VM *vm, FILE *out, bool colour) { UNUSED(vm); UNUSED(out); UNUSED(colour); }
void trace_disable(VM *vm) { UNUSED(vm); }
