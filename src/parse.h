/*
** parse.h -- the front end's entry: source text to AST (lexer + Lemon
** parser driven together), or a syntax error.
*/
#ifndef SRC_PARSE_H
#define SRC_PARSE_H

#include "src/common.h"
#include "src/ast.h"
#include "src/diag.h"

typedef enum {
  PARSE_FILE,     /* a module: statements until end of input */
  PARSE_REPL,     /* one interactive statement (simple or compound); an empty
                     line ends a compound statement; await allowed at top level */
  PARSE_EVAL,     /* a single expression (for eval) */
} ParseMode;

/* Parse [source] ([len] bytes; must be followed by a NUL byte).  Returns the
** N_MODULE root (for PARSE_EVAL: an N_MODULE holding one N_EXPR_STMT) in
** arena [a], or NULL with [*err] filled.  When the input is a valid prefix
** that needs more lines (an open bracket, a block header, a triple-quoted
** string, a trailing backslash), err->incomplete is true. */
Node *parse_source(Arena *a, const char *source, size_t len, ParseMode mode,
                   SyntaxDiag *err);

#endif
