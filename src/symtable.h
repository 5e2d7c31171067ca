/*
** symtable.h -- scope analysis: which names a module, class, function,
** lambda or comprehension binds, and how each use of a name resolves
** (fast local, cell, free variable, global, or the LOAD_NAME namespace).
**
** The compiler runs symtable_build once over the whole tree before it
** emits any bytecode, as CPython's symtable.c does; errors found here
** ("name 'x' is used prior to global declaration", "no binding for
** nonlocal 'x' found", ...) are therefore reported before any error of the
** code generator.
*/
#ifndef SRC_SYMTABLE_H
#define SRC_SYMTABLE_H

#include "src/common.h"
#include "src/ast.h"
#include "src/diag.h"

typedef enum {
  SCOPE_MODULE,
  SCOPE_CLASS,
  SCOPE_FUNCTION,        /* def, async def, lambda and comprehensions */
} ScopeKind;

/* What the scope's own code does with a name (from the flags). */
typedef enum {
  RES_LOCAL,             /* bound here: fast local (function) or NAME op */
  RES_GLOBAL_EXPLICIT,   /* declared `global` here */
  RES_GLOBAL_IMPLICIT,   /* used, bound nowhere visible: global or builtin */
  RES_FREE,              /* bound in an enclosing function: a closure cell */
  RES_CELL,              /* bound here and used by a nested function */
} Resolution;

/* Flags collected while walking the tree. */
enum {
  SYM_PARAM = 1,         /* a parameter */
  SYM_BOUND = 2,         /* assigned, imported, def'd, deleted, for/with/except target */
  SYM_USE = 4,           /* read */
  SYM_GLOBAL = 8,        /* named in a `global` statement */
  SYM_NONLOCAL = 16,     /* named in a `nonlocal` statement (or a walrus
                            inside a comprehension binding the enclosing scope) */
};

typedef struct {
  const char *name;      /* arena / static string, NUL-terminated */
  int flags;             /* SYM_* */
  Resolution res;        /* filled by the analysis */
  Node *decl;            /* the global/nonlocal statement, for error positions */
} Symbol;

typedef struct Scope Scope;
struct Scope {
  ScopeKind kind;
  Node *node;            /* N_MODULE, N_FUNCTION_DEF, N_LAMBDA, N_CLASS_DEF or a comprehension */
  const char *name;      /* 'f', 'C', '<lambda>', '<listcomp>', '<module>' */
  Scope *parent;
  Symbol *syms;          /* in order of first mention */
  int nsyms, cap;
  Scope **children;      /* nested scopes, in source order */
  int nchildren, child_cap;
  const char **params;   /* parameter names in varnames order (functions) */
  int nparams;
  bool is_async;         /* async def (or an async comprehension) */
  bool is_generator;     /* contains yield / yield from (or is a genexp) */
  bool is_comprehension; /* <listcomp> <setcomp> <dictcomp> <genexp> */
  bool is_lambda;
  bool has_await;        /* await / async for / async with directly in it */
  bool needs_class_closure; /* class scope whose methods use __class__/super */
  const char **cellvars; /* sorted names of cells this scope creates */
  int ncells;
  const char **freevars; /* sorted names of cells received from the closure */
  int nfrees;
};

/* The result of the analysis: every scope, findable by its node. */
typedef struct {
  Scope *top;            /* the module scope */
  Scope **all;           /* every scope, for lookups by node and freeing */
  int count, cap;
  char **owned;          /* strings the table allocated (import prefixes) */
  int nowned;
} SymTable;

/* Walk [module] and resolve every name.  Returns false with [*err] filled
** on a scope error (or err->type NULL when out of memory). */
bool symtable_build(SymTable *st, Node *module, SyntaxDiag *err);
void symtable_free(SymTable *st);

/* The scope a function/class/lambda/comprehension node opened. */
Scope *symtable_scope_of(SymTable *st, Node *node);

/* The symbol [name] of [scope], or NULL if the scope never mentions it. */
Symbol *symtable_lookup(Scope *scope, const char *name);

/* How [scope]'s code reaches [name]; names the scope never mentions are
** implicit globals (or LOAD_NAME at module and class level). */
Resolution symtable_resolve(Scope *scope, const char *name);

#endif
