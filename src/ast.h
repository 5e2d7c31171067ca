/*
** ast.h -- the abstract syntax tree: what grammar/parser.y builds and
** src/compiler.c walks.  The AST is the boundary between the front end and
** the rest: nothing past it sees tokens.
**
** Nodes live in an Arena and are freed all at once after compilation.
** Every node has a source range (line 1-based, col 0-based byte offset;
** end_col one past the last byte), as CPython's ast nodes, so that errors
** and tracebacks can point at the exact expression.
** Strings in the AST (names, decoded literal bytes) are arena copies,
** NUL-terminated, with their length.
*/
#ifndef SRC_AST_H
#define SRC_AST_H

#include "src/common.h"

typedef struct Node Node;

/* A growable list of nodes (arena-allocated). */
typedef struct {
  Node **items;
  int count;
  int capacity;
} NodeList;

/* A string owned by the arena. */
typedef struct {
  const char *chars;   /* NUL-terminated */
  size_t len;          /* bytes */
} AstStr;

typedef enum {
  /* ---- expressions ---- */
  N_NAME,         /* name.id */
  N_CONSTANT,     /* constant: an int, float, str, True, False, None, Ellipsis */
  N_JOINED_STR,   /* f-string: list = pieces (N_CONSTANT str or N_FORMATTED_VALUE) */
  N_FORMATTED_VALUE, /* formatted: {value!conversion:spec} */
  N_BINOP,        /* binop: left op right */
  N_UNARYOP,      /* unaryop: op operand */
  N_BOOLOP,       /* boolop: values joined by and/or */
  N_COMPARE,      /* compare: left ops[i] comparators[i] ... */
  N_CALL,         /* call: func(args, keywords) */
  N_KEYWORD,      /* keyword: name=value (name NULL for **value) */
  N_ATTRIBUTE,    /* attribute: value.attr */
  N_SUBSCRIPT,    /* subscript: value[slice] */
  N_SLICE,        /* slice: lower:upper:step (each may be NULL) */
  N_STARRED,      /* starred: *value (in calls, displays, targets) */
  N_LIST,         /* list: [elts] */
  N_TUPLE,        /* list: (elts) */
  N_SET,          /* list: {elts} */
  N_DICT,         /* dict: {keys[i]: values[i]}, key NULL for **values[i] */
  N_AWAIT,        /* unary: await value */
  N_YIELD,        /* unary: yield value (value may be NULL) */
  N_YIELD_FROM,   /* unary: yield from value */
  N_IFEXP,        /* ifexp: body if test else orelse */
  N_LAMBDA,       /* lambda: lambda args: body */
  N_NAMED_EXPR,   /* named: target := value */
  N_LISTCOMP,     /* comp: [elt for ...] */
  N_SETCOMP,      /* comp: {elt for ...} */
  N_DICTCOMP,     /* comp: {key: elt for ...} */
  N_GENEXP,       /* comp: (elt for ...) */
  N_COMPREHENSION,/* comprehension: for target in iter if ifs... (is_async) */

  /* ---- statements ---- */
  N_MODULE,       /* block: body */
  N_EXPR_STMT,    /* unary: value */
  N_ASSIGN,       /* assign: targets[0] = targets[1] = ... = value */
  N_AUG_ASSIGN,   /* augassign: target op= value */
  N_ANN_ASSIGN,   /* annassign: target: annotation (= value) */
  N_RETURN,       /* unary: return value (NULL for bare return) */
  N_PASS,
  N_BREAK,
  N_CONTINUE,
  N_RAISE,        /* raise: raise exc from cause (both may be NULL) */
  N_DELETE,       /* list: del elts */
  N_ASSERT,       /* assert_: test, msg */
  N_GLOBAL,       /* names: global names */
  N_NONLOCAL,     /* names: nonlocal names */
  N_IMPORT,       /* import: names = N_ALIAS list */
  N_IMPORT_FROM,  /* import: from module import names (level = leading dots) */
  N_ALIAS,        /* alias: name as asname (asname may be NULL; name may be dotted or "*") */
  N_IF,           /* if_: if test: body else: orelse (elif = orelse holding one N_IF) */
  N_WHILE,        /* while_: while test: body else: orelse */
  N_FOR,          /* for_: for target in iter: body else: orelse (is_async) */
  N_WITH,         /* with: with items: body (is_async) */
  N_WITH_ITEM,    /* withitem: context_expr as optional_vars */
  N_FUNCTION_DEF, /* funcdef: (async) def name(args): body, decorators */
  N_CLASS_DEF,    /* classdef: class name(bases, keywords): body, decorators */
  N_ARGUMENTS,    /* arguments: the parameter list of a def or lambda */
  N_ARG,          /* arg: one parameter: name, annotation, default */
  N_TRY,          /* try_: body, handlers, orelse, finalbody */
  N_EXCEPT_HANDLER, /* handler: except type as name: body */
  N_KIND__COUNT
} NodeKind;

/* Kinds of N_CONSTANT. */
typedef enum {
  CONST_NONE, CONST_TRUE, CONST_FALSE, CONST_ELLIPSIS,
  CONST_INT,      /* ival; if the literal does not fit int64_t, big = its decimal digits */
  CONST_FLOAT,    /* fval */
  CONST_STR,      /* str: decoded UTF-8 */
} ConstKind;

/* Operators, shared by N_BINOP and N_AUG_ASSIGN. */
typedef enum {
  AST_ADD, AST_SUB, AST_MULT, AST_MATMULT, AST_DIV, AST_MOD, AST_POW,
  AST_LSHIFT, AST_RSHIFT, AST_BITOR, AST_BITXOR, AST_BITAND, AST_FLOORDIV,
} AstBinOp;
typedef enum { AST_INVERT, AST_NOT, AST_UADD, AST_USUB } AstUnaryOp;
typedef enum { AST_AND, AST_OR } AstBoolOp;
typedef enum {
  AST_EQ, AST_NOTEQ, AST_LT, AST_LTE, AST_GT, AST_GTE, AST_IS, AST_ISNOT,
  AST_IN, AST_NOTIN,
} AstCmpOp;

/* Expression context, as CPython's: how a target is used. */
typedef enum { CTX_LOAD, CTX_STORE, CTX_DEL } ExprContext;

struct Node {
  NodeKind kind;
  int line, col, end_line, end_col;
  union {
    struct { AstStr id; ExprContext ctx; } name;
    struct { ConstKind kind; int64_t ival; double fval; AstStr str; AstStr big; } constant;
    struct { Node *value; int conversion; /* -1 none, 's', 'r', 'a' */
             Node *format_spec; /* N_JOINED_STR or NULL */ } formatted;
    struct { Node *left; AstBinOp op; Node *right; } binop;
    struct { AstUnaryOp op; Node *operand; } unaryop;
    struct { AstBoolOp op; NodeList values; } boolop;
    struct { Node *left; AstCmpOp *ops; NodeList comparators; } compare;
    struct { Node *func; NodeList args; NodeList keywords; } call;
    struct { AstStr name; /* .chars NULL for ** */ Node *value; } keyword;
    struct { Node *value; AstStr attr; ExprContext ctx; } attribute;
    struct { Node *value; Node *slice; ExprContext ctx; } subscript;
    struct { Node *lower, *upper, *step; } slice;
    struct { Node *value; ExprContext ctx; } starred;
    struct { NodeList elts; ExprContext ctx; } list;      /* N_LIST N_TUPLE N_SET N_DELETE N_JOINED_STR */
    struct { NodeList keys; NodeList values; } dict;
    struct { Node *value; } unary;                         /* N_AWAIT N_YIELD N_YIELD_FROM N_RETURN N_EXPR_STMT */
    struct { Node *test, *body, *orelse; } ifexp;
    struct { Node *args; Node *body; } lambda;
    struct { Node *target; Node *value; } named;
    struct { Node *elt; Node *key; /* N_DICTCOMP: key: elt */ NodeList generators; } comp;
    struct { Node *target; Node *iter; NodeList ifs; bool is_async; } comprehension;

    struct { NodeList body; } block;                       /* N_MODULE */
    struct { NodeList targets; Node *value; } assign;
    struct { Node *target; AstBinOp op; Node *value; } augassign;
    struct { Node *target; Node *annotation; Node *value; bool simple; } annassign;
    struct { Node *exc; Node *cause; } raise;
    struct { Node *test; Node *msg; } assert_;
    struct { AstStr *names; int count; } names;            /* N_GLOBAL N_NONLOCAL */
    struct { AstStr module; /* N_IMPORT_FROM; chars NULL for `from . import` */
             NodeList names; int level; } import;
    struct { AstStr name; AstStr asname; } alias;
    struct { Node *test; NodeList body; NodeList orelse; } if_;      /* N_IF N_WHILE */
    struct { Node *target; Node *iter; NodeList body; NodeList orelse; bool is_async; } for_;
    struct { NodeList items; NodeList body; bool is_async; } with;
    struct { Node *context_expr; Node *optional_vars; } withitem;
    struct { AstStr name; Node *args; NodeList body; NodeList decorators;
             Node *returns; bool is_async; } funcdef;
    struct { AstStr name; NodeList bases; NodeList keywords; NodeList body;
             NodeList decorators; } classdef;
    struct { NodeList posonlyargs; NodeList args; Node *vararg;
             NodeList kwonlyargs; Node *kwarg; } arguments;   /* params are N_ARG */
    struct { AstStr name; Node *annotation; Node *default_; } arg;
    struct { NodeList body; NodeList handlers; NodeList orelse; NodeList finalbody; } try_;
    struct { Node *type; AstStr name; /* chars NULL if no `as` */ NodeList body; } handler;
  } u;
};

/* ---- the arena ---- */
typedef struct ArenaBlock ArenaBlock;
typedef struct {
  ArenaBlock *head;
} Arena;

void arena_init(Arena *a);
void *arena_alloc(Arena *a, size_t size);          /* zeroed; aborts never: NULL on OOM */
AstStr arena_strdup(Arena *a, const char *s, size_t len);
void arena_free(Arena *a);

/* ---- builders (src/ast.c), called from the grammar's actions ---- */
Node *ast_new(Arena *a, NodeKind kind, int line, int col, int end_line, int end_col);
void ast_list_push(Arena *a, NodeList *list, Node *n);
/* What CPython calls an expression in "cannot assign to %s" ("function
** call", "literal", "attribute", ...), as _PyPegen_get_expr_name. */
const char *ast_expr_name(const Node *n);

/* Human-readable dump of a tree, one node per line, for debugging and the
** front end's tests (orrery --dump-ast FILE). */
void ast_dump(const Node *n, int indent, void *file /* FILE* */);

#endif
