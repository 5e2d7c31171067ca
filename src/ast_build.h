/*
** ast_build.h -- what grammar/parser.y needs besides src/ast.h: the
** parser context (Parser) shared by src/parse.c and the grammar actions,
** the helper value types of nonterminals, and the builders.  Builders
** named ast_* (src/ast.c) only allocate; builders named parse_*
** (src/parse.c) may also report a SyntaxError (they set p->failed and fill
** p->err, and the driver stops feeding tokens).
** Nothing outside the front end includes this header.
*/
#ifndef SRC_AST_BUILD_H
#define SRC_AST_BUILD_H

#include "src/ast.h"
#include "src/diag.h"
#include "src/lexer.h"

/* The parser's context: Lemon's %extra_context. */
typedef struct Parser {
  Arena *arena;          /* where every node goes */
  SyntaxDiag *err;       /* the error being reported */
  bool failed;           /* an action or %syntax_error reported an error */
  bool syntax_error;     /* Lemon could not shift err_tok */
  bool accepted;         /* the start symbol was reduced */
  Token err_tok;         /* the token Lemon rejected */
  bool colon_ok;         /* would ':' have been accepted there? */
  bool comma_ok;         /* would ',' have been accepted there? */
  bool except_ok;        /* would 'except' have been accepted there? */
  Node *result;          /* the N_MODULE, once accepted */
  Node *bare_genexp;     /* the last `f(x for x in y)` argument (unparenthesised) */
  const char *src;       /* the source text (for dotted names) */
  int fstring_depth;     /* nesting of f-string field parses */
} Parser;

/* A comma-separated sequence of expressions being built (displays,
** tuples, target lists). */
typedef struct {
  NodeList items;        /* the elements */
  bool comma;            /* seen at least one comma (so: a tuple)? */
} Seq;

/* A call's argument list being built. */
typedef struct {
  NodeList args;         /* positional and *starred */
  NodeList keywords;     /* N_KEYWORD, including **kwargs (name NULL) */
  int count;             /* all arguments */
  int bare_genexps;      /* unparenthesised generator arguments */
  bool seen_keyword;     /* a name=value was seen */
  bool seen_dstar;       /* a **kwargs was seen */
  const char *order_msg; /* an ordering error, reported by parse_call */
  Node *order_node;      /* where (for "iterable argument unpacking...") */
} Args;

/* A parameter list being built (def and lambda). */
typedef struct {
  Node *node;            /* the N_ARGUMENTS */
  bool seen_default;     /* a positional parameter had a default */
  bool seen_slash;       /* '/' seen */
  bool seen_star;        /* '*' or '*args' seen: kw-only from now */
  bool bare_star;        /* the '*' had no name */
  int after_star;        /* parameters after the '*' */
  bool seen_dstar;       /* '**kwargs' seen */
  Token star_tok;        /* the '*' (for "named arguments must follow bare *") */
} Params;

/* Parameter item kinds for parse_params_add. */
enum { PARAM_PLAIN, PARAM_SLASH, PARAM_STAR, PARAM_DSTAR };

/* One item of a parameter list, as the grammar sees it. */
typedef struct {
  int kind;              /* PARAM_* */
  Token tok;             /* the name, or the '/', '*' or '**' */
  Node *arg;             /* the N_ARG (NULL for '/' and a bare '*') */
} ParamItem;

/* ---- allocation-only builders (src/ast.c) ---- */
/* A node spanning from token [a] to token [b]. */
Node *ast_tok(Arena *a, NodeKind kind, Token from, Token to);
/* A node spanning from node [from] to node [to]. */
Node *ast_span(Arena *a, NodeKind kind, const Node *from, const Node *to);
/* Set [n]'s end to [to]'s end / to the token's end. */
void ast_end_at(Node *n, const Node *to);
void ast_end_tok(Node *n, Token to);
/* Copy [len] bytes at [s] into the arena. */
AstStr ast_str(Arena *a, const char *s, size_t len);
/* Append every node of [from] to [to]. */
void ast_list_extend(Arena *a, NodeList *to, const NodeList *from);
/* The last node of [l] (NULL if empty). */
Node *ast_list_last(const NodeList *l);
/* N_NAME for a NAME token (CTX_LOAD). */
Node *ast_name(Arena *a, Token t);
/* N_CONSTANT of [kind] (None, True, False, Ellipsis) at [t]. */
Node *ast_const_tok(Arena *a, ConstKind kind, Token t);
/* Binary / unary / boolean operations. */
Node *ast_binop(Arena *a, Node *l, AstBinOp op, Node *r);
Node *ast_unary(Arena *a, Token op_tok, AstUnaryOp op, Node *operand);
Node *ast_boolop(Arena *a, AstBoolOp op, Node *first, Node *second);
/* Start a comparison (first two operands) / extend it. */
Node *ast_compare(Arena *a, Node *left, AstCmpOp op, Node *right);
void ast_compare_push(Arena *a, Node *cmp, AstCmpOp op, Node *right);
/* A Seq with one element. */
Seq ast_seq1(Arena *a, Node *first);
/* The expression a Seq stands for: its only element, or an N_TUPLE. */
Node *ast_seq_expr(Arena *a, Seq s);
/* The operator of an augmented-assignment token ("+=" -> AST_ADD). */
AstBinOp ast_augop(Token t);
/* Mark [n] as an assignment / deletion target.  Returns NULL when every
** part of it can be a target, else the first part that cannot. */
Node *ast_set_context(Node *n, ExprContext ctx);

/* ---- builders that may report errors (src/parse.c) ---- */
/* Statement-level checks: assignment targets, augmented targets... */
Node *parse_assign(Parser *p, NodeList *targets, Node *value);
Node *parse_augassign(Parser *p, Node *target, Token op, Node *value);
Node *parse_annassign(Parser *p, Node *target, Node *ann, Node *value);
/* Turn [n] into a target of [ctx] or report CPython's "cannot assign to". */
Node *parse_target(Parser *p, Node *n, ExprContext ctx);
/* Arguments. */
void parse_args_add(Parser *p, Args *a, Node *arg);
Node *parse_call(Parser *p, Node *func, Args *a, Token rpar);
Node *parse_keyword(Parser *p, Node *name, Node *value);
Node *parse_walrus(Parser *p, Node *target, Node *value);
/* Parameters. */
void parse_params_init(Parser *p, Params *ps);
void parse_params_add(Parser *p, Params *ps, ParamItem item);
Node *parse_params_end(Parser *p, Params *ps);
/* A parameter N_ARG: name token, annotation and default (either NULL). */
Node *parse_param(Parser *p, Token name, Node *annotation, Node *default_);
/* The concatenation of adjacent string tokens (plain or f-strings). */
Node *parse_strings(Parser *p, NodeList *tokens);
/* A STRING token wrapped in a placeholder node for parse_strings. */
Node *parse_string_piece(Parser *p, Token t);
/* A number token. */
Node *parse_number(Parser *p, Token t);
/* A dotted name "a.b.c" from its first and last tokens. */
AstStr parse_dotted(Parser *p, Token from, Token to);
/* Report an error at [n] / at [t] (CPython's RAISE_SYNTAX_ERROR_KNOWN_LOCATION). */
void parse_error_node(Parser *p, const Node *n, const char *msg);
void parse_error_tok(Parser *p, Token t, const char *msg);
/* A comprehension clause for target in iter. */
Node *parse_comprehension(Parser *p, Token for_tok, Node *target, Node *iter, bool is_async);

#endif
