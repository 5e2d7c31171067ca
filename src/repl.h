/*
** repl.h -- the interactive prompt.
*/
#ifndef SRC_REPL_H
#define SRC_REPL_H

#include "src/common.h"

/* Run the read-eval-print loop on stdin until end of input (Ctrl-D).
** With a terminal: prompts, libedit line editing and history; from a pipe:
** no prompts, so transcripts can be tested.  Returns the exit status. */
int repl_run(VM *vm);

#endif
