/*
** diag.h -- the one place where errors are turned into text: syntax
** errors with their caret line, and tracebacks, both in CPython 3.11's
** format.  The VM and the compiler never print.
*/
#ifndef SRC_DIAG_H
#define SRC_DIAG_H

#include <stdio.h>
#include "src/common.h"
#include "src/value.h"

/* A syntax error found by the lexer, the parser or the compiler. */
typedef struct {
  const char *type;        /* "SyntaxError", "IndentationError" or "TabError" */
  char msg[256];           /* e.g. "unterminated string literal (detected at line 1)" */
  int line;                /* 1-based */
  int col;                 /* 0-based byte offset of the caret's start, -1 for none */
  int end_line;            /* of the caret's end */
  int end_col;             /* one past the caret's last byte (<= col: one caret) */
  bool incomplete;         /* the input ended too early (REPL: ask for more) */
} SyntaxDiag;

/* Fill [d] (printf-style message).  Returns false for `return diag_set(...)`. */
bool diag_set(SyntaxDiag *d, const char *type, int line, int col, int end_col,
              const char *fmt, ...) __attribute__((format(printf, 6, 7)));

/* Print a syntax error block:
**     File "x.py", line N
**       <source line, stripped of leading spaces>
**       <spaces>^^^
**   SyntaxError: msg
** [source] is the whole source text (to fetch the line), may be NULL. */
void diag_print_syntax_error(FILE *out, const char *filename, const char *source,
                             const SyntaxDiag *d);

/* Print an uncaught exception as CPython does: the chain of __cause__ /
** __context__ first, then "Traceback (most recent call last):", one
** File/line/function block per traceback entry with its source line (and
** 3.11's ^^^ markers where CPython prints them), then "Type: message". */
void diag_print_exception(VM *vm, FILE *out, Value exc);

/* Print CPython's warning for a coroutine collected before it ever ran:
**   FILE:LINE: RuntimeWarning: coroutine 'QUALNAME' was never awaited
**     <source line>
**   RuntimeWarning: Enable tracemalloc to get the object allocation traceback
** located at the frame running when it was found ("sys:1:" and no more
** when no frame runs, i.e. at exit). */
void diag_warn_never_awaited(VM *vm, const char *qualname);

/* Register a source text under its filename, so tracebacks can show lines
** of code that did not come from a file on disk (-c, the REPL). */
void diag_register_source(VM *vm, const char *filename, const char *source);
/* The text of line [line] of [filename] (registered or read from disk), or
** NULL; valid until the next call. */
const char *diag_source_line(VM *vm, const char *filename, int line);

#endif
