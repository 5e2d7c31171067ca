/*
** compiler.h -- AST to code objects: scope analysis, bytecode, constants
** and the position table.
*/
#ifndef SRC_COMPILER_H
#define SRC_COMPILER_H

#include "src/common.h"
#include "src/ast.h"
#include "src/diag.h"
#include "src/object.h"
#include "src/parse.h"

/* Compile a module tree to its code object (named "<module>").  In
** PARSE_REPL mode expression statements print their value (PRINT_EXPR) and
** top-level await is allowed.  Returns NULL with [*err] filled for errors
** the compiler finds ("'return' outside function", "'await' outside
** function", "'break' outside loop", ...), or NULL with MemoryError pending
** and err->type NULL. */
ObjCode *compile_module(VM *vm, Node *module, const char *filename, ParseMode mode,
                        SyntaxDiag *err);

#endif
