/*
** lineedit.h -- libedit's readline interface, loaded only when the
** interactive REPL needs it.
**
** Why lazily: linking libedit into the binary makes the dynamic loader map
** it and its chain (libtinfo, libbsd, libmd) at every start, about 0.9 ms
** of CPU per run, although scripts and `orrery -c` never edit a line.  So
** the binary is not linked with -ledit: the first REPL on a terminal opens
** libedit.so.2 with dlopen and looks up the few functions and variables
** src/repl.c uses, as CPython imports its readline module only in
** interactive mode.  If the library or one of its symbols is missing, the
** REPL reads plain lines instead (src/repl.c).
**
** The pointers have the types of libedit's <editline/readline.h>;
** lineedit.c checks that at compile time, without referring to libedit's
** symbols (which would make the linker need -ledit).
*/
#ifndef SRC_LINEEDIT_H
#define SRC_LINEEDIT_H

#include <stdio.h>

#include "src/common.h"

/* A completion generator (readline's rl_compentry_func_t): the [state]-th
** candidate for [text] (state 0 starts over), malloc'd (libedit frees it),
** or NULL after the last. */
typedef char *LineEditGenerator(const char *text, int state);

/* An attempted-completion function (readline's rl_completion_func_t): the
** malloc'd NULL-ended array of candidates for [text], which spans [start,
** end) of the line being edited, or NULL to let libedit complete file
** names. */
typedef char **LineEditCompleter(const char *text, int start, int end);

/* A key reader (readline's rl_getc_function): the next character typed on
** [in] (libedit takes the int as a wide character), or -1 to end the
** read as at end of input.  It must be set before libedit initialises
** itself (its first readline, using_history or read_history call). */
typedef int LineEditGetc(FILE *in);

/* What the REPL uses of libedit: its functions, and pointers to its
** variables (read and written through them).  Each member is named after
** the readline symbol it holds, without the rl_ prefix. */
typedef struct LineEdit {
  /* functions */
  char *(*readline)(const char *prompt);  /* a malloc'd line, NULL at EOF */
  int (*add_history)(const char *line);
  int (*read_history)(const char *path);  /* 0, or an errno value */
  int (*write_history)(const char *path);
  void (*using_history)(void);
  void (*stifle_history)(int max);         /* keep at most [max] lines */
  char **(*completion_matches)(const char *text, LineEditGenerator *gen);
  /* variables */
  int *history_length;                     /* lines in the history now */
  const char **readline_name;              /* the application's name */
  char **line_buffer;                      /* the line being edited */
  const char **basic_word_break_characters;
  char **completer_word_break_characters;
  LineEditCompleter **attempted_completion_function;
  int *completion_append_character;        /* '\0': none */
  LineEditGetc **getc_function;            /* NULL: libedit reads itself */
} LineEdit;

/* Open libedit.so.2 (once per process: later calls give the same answer
** without trying again) and fill *le with its symbols.  False, with *le
** zeroed, if the library cannot be opened or lacks one of the symbols;
** nothing is printed (the caller falls back to reading plain lines).  The
** library stays loaded until the process ends. */
bool lineedit_load(LineEdit *le);

#endif
