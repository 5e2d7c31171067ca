/*
** views.h -- what the teaching REPL shows: the REPL's state, its `:`
** commands, and the event-trace printer shared with `orrery --trace`.
**
** src/repl.c is the shell (reading lines, editing, history, completion,
** Ctrl-C, running statements); src/views.c holds the commands and the
** printers.  Everything here reads the VM's event hook (vm_emit, DESIGN.md
** section 7) and the loop's state (runtime/loop.h); nothing in the VM or the
** loop prints by itself.
*/
#ifndef SRC_VIEWS_H
#define SRC_VIEWS_H

#include <stdio.h>

#include "src/common.h"
#include "src/value.h"

/* The REPL session shared by the shell and the commands. */
typedef struct Repl {
  VM *vm;
  FILE *out;          /* where the REPL and its commands print (stdout) */
  bool tty;           /* stdin is a terminal: prompts and line editing */
  bool colour;        /* colour in views: stdout is a terminal and NO_COLOR unset */
  bool quit;          /* :quit was given */
  int loop_root;      /* index in vm->roots of the REPL's event loop (UNDEF
                         until first needed); re-read vm->roots[loop_root]
                         after anything that may grow the root stack */
} Repl;

/* The REPL's event loop (an ObjLoop value), made, installed with
** asyncio.set_event_loop and rooted on first use.  False after raising. */
bool repl_loop(Repl *r, Value *loop);

/* Run one `:` command line ([line] starts with ':'; no trailing newline).
** Prints its output or its usage error to r->out.  False if it raised a
** Python exception (left pending in the VM for the shell to report).
** `:quit` sets r->quit. */
bool repl_command(Repl *r, const char *line);

/* Names of the commands, NULL-terminated, for tab completion. */
extern const char *const repl_command_names[];

/* Start or stop printing every event of the VM's hook (resume, suspend with
** the yielded value, throw, return, handle run, timer added, task
** new/done/cancel) to [out], one line each.  Used by `:trace on|off` and by
** `orrery --trace` (out = stderr).  [colour]: ANSI colours. */
void trace_enable(VM *vm, FILE *out, bool colour);
void trace_disable(VM *vm);

/* The shell calls this after compiling an input typed at the prompt
** ([code], filename "<stdin>", from [source]): the views remember the text
** for every code object in it (weakly: until the collector frees the code),
** so :where and :step can quote source lines of functions defined at the
** prompt, which CPython's tracebacks do not show. */
void views_note_source(VM *vm, ObjCode *code, const char *source);

#endif
