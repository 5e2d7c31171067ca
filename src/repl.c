/*
** repl.c -- the interactive prompt: read a complete statement (asking the
** parser whether the input is complete), compile it in REPL mode, run it,
** print errors and go on.
*/
#include "src/repl.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <editline/readline.h>

#include "src/ast.h"
#include "src/diag.h"
#include "src/parse.h"
#include "src/vm.h"
#include "runtime/runtime.h"

/* Read one line with [prompt] (libedit on a terminal, plain stdin from a
** pipe).  Returns a malloc'd line without its newline, or NULL at EOF. */
static char *read_line(bool tty, const char *prompt) {
  if (tty) {
    char *line = readline(prompt);
    if (line != NULL && *line) add_history(line);
    return line;
  }
  size_t cap = 256, len = 0;
  char *buf = malloc(cap);
  int c;
  while (buf != NULL && (c = fgetc(stdin)) != EOF && c != '\n') {
    if (len + 1 == cap) {
      char *b = realloc(buf, cap *= 2);
      if (b == NULL) { free(buf); return NULL; }
      buf = b;
    }
    buf[len++] = (char)c;
  }
  if (buf == NULL) return NULL;
  if (c == EOF && len == 0) { free(buf); return NULL; }
  buf[len] = '\0';
  return buf;
}

/* Is [source] a complete statement?  1 yes (or a syntax error to report),
** 0 needs more lines. */
static int is_complete(const char *source) {
  Arena arena;
  arena_init(&arena);
  SyntaxDiag d;
  memset(&d, 0, sizeof d);
  Node *tree = parse_source(&arena, source, strlen(source), PARSE_REPL, &d);
  arena_free(&arena);
  return tree != NULL || !d.incomplete;
}

/* Print and clear the pending exception (SystemExit ends the REPL). */
static bool report(VM *vm, int *status) {
  Value exc = vm_take_exception(vm);
  if (IS_EXCEPTION(exc) && class_is_subclass(AS_OBJ(exc)->cls, vm->exc_SystemExit)) {
    ObjTuple *args = AS_EXCEPTION(exc)->args;
    Value code = args && args->count > 0 ? args->items[0] : NONE_VAL;
    *status = IS_INT(code) ? (int)AS_INT(code) : IS_NONE(code) ? 0 : 1;
    return false;
  }
  vm_push_root(vm, exc);
  diag_print_exception(vm, stderr, exc);
  vm_pop_root(vm, 1);
  return true;
}

/* Run a top-level-await coroutine to completion on the REPL's own event
** loop ([*loop], made on first use and kept rooted by the caller). */
static bool run_coroutine(VM *vm, Value *loop, Value coro, Value *result) {
  Value asyncio, fn;
  ObjStr *name = str_intern(vm, "asyncio", 7);
  vm_push_root(vm, coro);
  bool ok = name && runtime_import(vm, name, &asyncio);
  if (ok && IS_UNDEF(*loop)) {
    ok = value_getattr(vm, asyncio, str_intern(vm, "new_event_loop", 14), &fn) &&
         vm_call(vm, fn, 0, NULL, NULL, loop) &&
         value_getattr(vm, asyncio, str_intern(vm, "set_event_loop", 14), &fn) &&
         vm_call(vm, fn, 1, loop, NULL, &fn);
  }
  ok = ok && value_getattr(vm, *loop, str_intern(vm, "run_until_complete", 18), &fn) &&
       vm_call(vm, fn, 1, &coro, NULL, result);
  vm_pop_root(vm, 1);
  return ok;
}

int repl_run(VM *vm) {
  bool tty = isatty(STDIN_FILENO);
  int status = 0;
  if (tty) {
    printf("orrery %s (Python 3.11 subset) -- the event loop waits for you.\n", ORRERY_VERSION);
    printf("Type \"help\", \"copyright\", \"credits\" or \"license\" for more information.\n");
  }
  char *buffer = NULL;
  size_t len = 0;
  int base_roots = vm->root_count;
  vm_push_root(vm, UNDEF_VAL);          /* the REPL's event loop, made on demand */
  Value *loop = &vm->roots[base_roots];
  for (;;) {
    loop = &vm->roots[base_roots];       /* the root stack may have moved */
    char *line = read_line(tty, buffer ? "... " : ">>> ");
    bool at_eof = false;
    if (line == NULL) {
      if (tty) putchar('\n');
      if (buffer == NULL) break;
      line = strdup("");      /* EOF ends the pending statement */
      if (line == NULL) break;
      at_eof = true;
    }
    size_t n = strlen(line);
    char *b = realloc(buffer, len + n + 2);
    if (b == NULL) { free(line); break; }
    buffer = b;
    memcpy(buffer + len, line, n);
    len += n;
    buffer[len++] = '\n';
    buffer[len] = '\0';
    free(line);
    if (len == 1) { free(buffer); buffer = NULL; len = 0; continue; }   /* empty line */
    if (!is_complete(buffer) && !at_eof) continue;
    ObjCode *code = vm_compile(vm, buffer, "<stdin>", PARSE_REPL);
    free(buffer);
    buffer = NULL;
    len = 0;
    if (code == NULL) {
      if (!report(vm, &status)) break;
      continue;
    }
    Value result;
    VMResult r = vm_run_code(vm, code, vm->main_module->dict, &result);
    if (r == VM_SUSPEND) {
      /* top-level await: run it on the loop and print its value */
      if (run_coroutine(vm, loop, result, &result)) r = VM_RETURN;
      else r = VM_ERROR;
    }
    fflush(stdout);
    if (r == VM_ERROR && !report(vm, &status)) break;
  }
  free(buffer);
  vm->root_count = base_roots;
  runtime_shutdown(vm);
  fflush(stdout);
  return status;
}
