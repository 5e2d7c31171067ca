/*
** repl.h -- the interactive shell.
*/
#ifndef SRC_REPL_H
#define SRC_REPL_H

#include "src/common.h"

/* repl_run flags. */
#define REPL_ECHO 1   /* --echo-input: reading a pipe, print each prompt and
                         the line read as a terminal shows them (transcript
                         tests, tests/repl/; main.c also makes stdout line
                         buffered so it interleaves with stderr) */

/* Run the read-eval-print loop on stdin until end of input (Ctrl-D),
** `:quit` or SystemExit, in the main module's namespace (so `orrery -i
** FILE` inspects what FILE left).  With a terminal: a banner, prompts,
** libedit line editing, history in $HOME/.orrery_history and tab
** completion (libedit is opened then, src/lineedit.h; without it, plain
** lines); from a pipe: no banner and no prompts (but see REPL_ECHO).
** Expression values are printed and kept in builtins._ as CPython's
** sys.displayhook; a top-level `await` runs the REPL's event loop until it
** is done (views.h: repl_loop), which then stops again; errors print
** CPython's interactive tracebacks (File "<stdin>", line N, in <module>)
** on stderr; Ctrl-C at the prompt drops the input, Ctrl-C in running code
** raises KeyboardInterrupt there.  Returns the exit status (0, or
** SystemExit's code). */
int repl_run(VM *vm, int flags);

#endif
