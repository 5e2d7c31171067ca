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

/* Which of CPython's stages reports an error.  It decides the text and the
** offsets of the SyntaxError object (see diag_syntax_attrs). */
typedef enum {
  DIAG_PARSER = 0,   /* pegen (Parser/pegen_errors.c), and the tokenizer errors
                        pegen reports itself (TabError, unindent, stray
                        backslash, unclosed bracket): text is the tokenizer's
                        current line, offsets are converted to characters */
  DIAG_TOKENIZER,    /* Parser/tokenizer.c syntaxerror(): text is the line
                        without its newline, end_offset = offset */
  DIAG_COMPILER,     /* Python/compile.c and symtable.c: text is read from the
                        file named by the filename (None if it cannot be),
                        offsets are byte columns + 1 */
} DiagStage;

/* A syntax error found by the lexer, the parser or the compiler. */
typedef struct {
  const char *type;        /* "SyntaxError", "IndentationError" or "TabError" */
  char msg[256];           /* e.g. "unterminated string literal (detected at line 1)" */
  int line;                /* 1-based */
  int col;                 /* 0-based byte offset of the caret's start, -1 for none */
  int end_line;            /* of the caret's end */
  int end_col;             /* one past the caret's last byte (<= col: one caret) */
  bool incomplete;         /* the input ended too early (REPL: ask for more) */
  DiagStage stage;         /* who reports it in CPython (DIAG_PARSER when 0-filled) */
  int tok_line;            /* DIAG_PARSER: the line CPython's tokenizer had
                              reached (0: [line]); past [line], the text is
                              line [line] without its newline */
  bool has_offsets;        /* [offset]/[end_offset] are set, not derived from
                              col/end_col */
  bool eof_offset;         /* [offset] is the tokenizer's column at the end
                              of the input, which is 0 when CPython reads a
                              file (its buffer is empty by then) */
  int offset, end_offset;  /* CPython's offsets as its stage computes them:
                              1-based byte counts (converted to characters
                              later for DIAG_PARSER), or its special values
                              (0, -1) */
} SyntaxDiag;

/* Fill [d] (printf-style message).  Returns false for `return diag_set(...)`.
** The stage is DIAG_PARSER; callers that know better set it afterwards. */
bool diag_set(SyntaxDiag *d, const char *type, int line, int col, int end_col,
              const char *fmt, ...) __attribute__((format(printf, 6, 7)));

/* Give [d] CPython's own offsets (see SyntaxDiag.offset). */
void diag_set_offsets(SyntaxDiag *d, int offset, int end_offset);

/* The attributes CPython 3.11 gives the SyntaxError for [d]: lineno,
** offset, end_lineno, end_offset and text (malloc'd UTF-8 the caller frees,
** NULL for None).  [source] is the text that was compiled (after the
** newline CPython appends in 'exec' mode), [filename] the name given to
** compile().  [exec_input]: 'exec' mode (pegen reads the text from the
** file named [filename] when it can, as _PyPegen_raise_error_known_location);
** [interactive]: the REPL, whose text never keeps its newline
** (get_error_line_from_tokenizer_buffers).  A source that is exactly the
** content of the file [filename] is taken for a script CPython reads from
** that file (which changes an offset at the end of input). */
typedef struct {
  int lineno, offset, end_lineno, end_offset;
  char *text;
} SyntaxAttrs;
void diag_syntax_attrs(const SyntaxDiag *d, const char *source, const char *filename,
                       bool exec_input, bool interactive, SyntaxAttrs *out);

/* Print a syntax error block from the exception's attributes, as CPython
** 3.11's print_exception_file_and_line and print_error_text do:
**     File "x.py", line N
**       <text, stripped of leading blanks>          (only if [text])
**       <spaces>^^^                                 (only if the offset is in it)
**   SyntaxError: msg
** [offset]/[end_offset] are the attributes (characters, 1-based; -1 for
** None); [subclass]: an IndentationError or TabError, whose end_offset
** CPython ignores (one caret). */
void diag_print_syntax_error(FILE *out, const char *type, const char *filename, int lineno,
                             int offset, int end_lineno, int end_offset, const char *text,
                             bool subclass, const char *msg);

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
