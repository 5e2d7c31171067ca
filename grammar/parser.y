/*
** parser.y -- orrery's grammar for its Python subset (Lemon input).
**
** This is the file to edit; build/gen/parser.c and parser.h are generated
** from it by lemon.  The grammar follows CPython 3.11's, rewritten for
** LALR(1): the precedence ladder is spelled out as one nonterminal per
** level; targets are parsed as expressions and then checked
** (parse_target), as CPython's invalid_* rules do; chains (a or b or c,
** a < b < c) are built as lists so parenthesised inner chains stay
** separate nodes.
**
** Actions are one-line calls to builders: ast_* (src/ast.c) only allocate,
** parse_* (src/parse.c) may report a SyntaxError.  Every value lives in the
** parser's arena, so there are no %destructors.
*/

// The parser's name: GrammarAlloc, Grammar, GrammarFree.
%name Grammar
// Token codes are TK_NAME, TK_NEWLINE...; src/lexer.c uses them.
%token_prefix TK_
// Tokens are passed by value (src/lexer.h).
%token_type {Token}
// Nonterminals are nodes unless said otherwise.
%default_type {Node*}
// The parser context: arena, error slot, result (src/ast_build.h).
%extra_context {Parser *p}

%include {
#include "src/ast_build.h"

#include <assert.h>
#include <string.h>

/* Stop at the first syntax error; the driver reports it (src/parse.c). */
#define YYNOERRORRECOVERY 1
/* A fixed stack: deep nesting becomes MemoryError, never a crash.  6000
** entries, as CPython 3.11's parser stack (MAXSTACK): `-` * 5000 + `1`
** parses, then fails in the symtable with RecursionError, as there. */
#define YYSTACKDEPTH 6000

/* Would the parser accept token [tok] in its current state?  Defined at
** the end of this file (it needs Lemon's tables). */
struct yyParser;
static bool grammar_accepts(struct yyParser *pp, int tok);

/* A list holding one node. */
static NodeList list1(Parser *p, Node *n)
{
  NodeList l;
  memset(&l, 0, sizeof l);
  ast_list_push(p->arena, &l, n);
  return l;
}

/* An empty list. */
static NodeList list0(void)
{
  NodeList l;
  memset(&l, 0, sizeof l);
  return l;
}

/* Stretch statement [n] to the end of the last node of [l] (if any). */
static void end_list(Node *n, const NodeList *l)
{
  ast_end_at(n, ast_list_last(l));
}

/* A node with one child in u.unary (return, await, yield...). */
static Node *unary_node(Parser *p, NodeKind kind, Token t, Node *value)
{
  Node *n = ast_tok(p->arena, kind, t, t);
  n->u.unary.value = value;
  if (value) ast_end_at(n, value);
  return n;
}

/* An expression statement. */
static Node *expr_stmt(Parser *p, Node *e)
{
  Node *n = ast_span(p->arena, N_EXPR_STMT, e, e);
  n->u.unary.value = e;
  return n;
}

/* N_GLOBAL / N_NONLOCAL from a list of N_NAME nodes. */
static Node *names_stmt(Parser *p, NodeKind kind, Token t, NodeList *l)
{
  Node *n = ast_tok(p->arena, kind, t, t);
  n->u.names.names = arena_alloc(p->arena, sizeof(AstStr) * (size_t)l->count);
  for (int i = 0; i < l->count; i++) n->u.names.names[i] = l->items[i]->u.name.id;
  n->u.names.count = l->count;
  end_list(n, l);
  return n;
}

/* An N_ALIAS "name as asname" (asname may be NULL). */
static Node *alias(Parser *p, Token name, const Token *as)
{
  Node *n = ast_tok(p->arena, N_ALIAS, name, as ? *as : name);
  n->u.alias.name = parse_dotted(p, name, name);
  if (as) n->u.alias.asname = ast_str(p->arena, as->start, as->len);
  return n;
}

/* An N_IF / N_WHILE statement. */
static Node *if_node(Parser *p, NodeKind kind, Token t, Node *test, NodeList body, NodeList orelse)
{
  Node *n = ast_tok(p->arena, kind, t, t);
  n->u.if_.test = test;
  n->u.if_.body = body;
  n->u.if_.orelse = orelse;
  end_list(n, orelse.count ? &orelse : &body);
  return n;
}

/* An N_FOR statement. */
static Node *for_node(Parser *p, Token t, Node *target, Node *iter, NodeList body, NodeList orelse)
{
  Node *n = ast_tok(p->arena, N_FOR, t, t);
  n->u.for_.target = parse_target(p, target, CTX_STORE);
  n->u.for_.iter = iter;
  n->u.for_.body = body;
  n->u.for_.orelse = orelse;
  end_list(n, orelse.count ? &orelse : &body);
  return n;
}

/* An N_TRY statement. */
static Node *try_node(Parser *p, Token t, NodeList body, NodeList handlers, NodeList orelse,
                      NodeList finalbody)
{
  Node *n = ast_tok(p->arena, N_TRY, t, t);
  n->u.try_.body = body;
  n->u.try_.handlers = handlers;
  n->u.try_.orelse = orelse;
  n->u.try_.finalbody = finalbody;
  end_list(n, finalbody.count ? &finalbody : orelse.count ? &orelse : handlers.count ? &handlers : &body);
  return n;
}

/* An N_EXCEPT_HANDLER. */
static Node *handler(Parser *p, Token t, Node *type, const Token *name, NodeList body)
{
  Node *n = ast_tok(p->arena, N_EXCEPT_HANDLER, t, t);
  n->u.handler.type = type;
  if (name) n->u.handler.name = ast_str(p->arena, name->start, name->len);
  n->u.handler.body = body;
  end_list(n, &body);
  return n;
}

/* An N_WITH_ITEM (target checked and marked Store). */
static Node *with_item(Parser *p, Node *e, Node *target)
{
  Node *n = ast_span(p->arena, N_WITH_ITEM, e, target ? target : e);
  n->u.withitem.context_expr = e;
  if (target) n->u.withitem.optional_vars = parse_target(p, target, CTX_STORE);
  return n;
}

/* An N_WITH statement. */
static Node *with_node(Parser *p, Token t, NodeList items, NodeList body)
{
  Node *n = ast_tok(p->arena, N_WITH, t, t);
  n->u.with.items = items;
  n->u.with.body = body;
  end_list(n, &body);
  return n;
}

/* An N_FUNCTION_DEF. */
static Node *funcdef(Parser *p, Token t, Token name, Node *args, Node *returns, NodeList body)
{
  Node *n = ast_tok(p->arena, N_FUNCTION_DEF, t, t);
  n->u.funcdef.name = ast_str(p->arena, name.start, name.len);
  n->u.funcdef.args = args;
  n->u.funcdef.returns = returns;
  n->u.funcdef.body = body;
  end_list(n, &body);
  return n;
}

/* An N_CLASS_DEF ([args] may be NULL). */
static Node *classdef(Parser *p, Token t, Token name, Args *args, NodeList body)
{
  Node *n = ast_tok(p->arena, N_CLASS_DEF, t, t);
  n->u.classdef.name = ast_str(p->arena, name.start, name.len);
  if (args) {
    n->u.classdef.bases = args->args;
    n->u.classdef.keywords = args->keywords;
    if (args->bare_genexps) {
      /* CPython rejects the `for` of an unparenthesised generator here */
      Node *g = NULL;
      for (int i = 0; i < args->args.count; i++)
        if (args->args.items[i]->kind == N_GENEXP) g = args->args.items[i];
      if (g) {
        Node *c = g->u.comp.generators.items[0], at = *c;
        at.end_line = at.line;
        at.end_col = at.col + (c->u.comprehension.is_async ? 5 : 3);
        parse_error_node(p, &at, "invalid syntax");
      }
    } else if (args->order_msg) {
      parse_error_node(p, args->order_node, args->order_msg);
    }
  }
  n->u.classdef.body = body;
  end_list(n, &body);
  return n;
}

/* Attach decorators to a def or class ([async_tok]: the def was async). */
static Node *decorate(NodeList decos, Node *def)
{
  if (def->kind == N_FUNCTION_DEF) def->u.funcdef.decorators = decos;
  else def->u.classdef.decorators = decos;
  return def;
}

/* Make a def / for / with async, starting at the `async` token. */
static Node *make_async(Token t, Node *n)
{
  if (n->kind == N_FUNCTION_DEF) n->u.funcdef.is_async = true;
  else if (n->kind == N_FOR) n->u.for_.is_async = true;
  else n->u.with.is_async = true;
  n->line = t.line;
  n->col = t.col;
  return n;
}

/* A display or comprehension node spanning its brackets. */
static Node *display(Parser *p, NodeKind kind, Token l, Token r, NodeList elts)
{
  Node *n = ast_tok(p->arena, kind, l, r);
  n->u.list.elts = elts;
  n->u.list.ctx = CTX_LOAD;
  return n;
}

/* A comprehension node (list, set, dict, generator). */
static Node *comp(Parser *p, NodeKind kind, Token l, Token r, Node *key, Node *elt, NodeList gens)
{
  Node *n = ast_tok(p->arena, kind, l, r);
  n->u.comp.key = key;
  n->u.comp.elt = elt;
  n->u.comp.generators = gens;
  return n;
}

/* "( x )": the inner expression (CPython keeps its own position);
** "(*x)" is an error; "(x,)" and "(*x,)" are tuples. */
static Node *paren(Parser *p, Token l, Seq s, Token r)
{
  if (s.items.count == 1 && !s.comma) {
    Node *e = s.items.items[0];
    if (e->kind == N_STARRED) parse_error_node(p, e, "cannot use starred expression here");
    return e;
  }
  return display(p, N_TUPLE, l, r, s.items);
}

/* An attribute reference value.name. */
static Node *attribute(Parser *p, Node *value, Token name)
{
  Node *n = ast_new(p->arena, N_ATTRIBUTE, value->line, value->col, name.end_line, name.end_col);
  n->u.attribute.value = value;
  n->u.attribute.attr = ast_str(p->arena, name.start, name.len);
  return n;
}

/* A subscript value[slice]. */
static Node *subscript(Parser *p, Node *value, Node *slice, Token r)
{
  Node *n = ast_new(p->arena, N_SUBSCRIPT, value->line, value->col, r.end_line, r.end_col);
  n->u.subscript.value = value;
  n->u.subscript.slice = slice;
  return n;
}

/* A slice lower:upper:step; [c1] is the first colon, [last] the last token. */
static Node *slice(Parser *p, Node *lo, Token c1, Node *up, Node *step, Token last)
{
  Node *n = ast_tok(p->arena, N_SLICE, c1, last);
  if (lo) { n->line = lo->line; n->col = lo->col; }
  if (step) ast_end_at(n, step);
  else if (up && !step) ast_end_at(n, up);
  n->u.slice.lower = lo;
  n->u.slice.upper = up;
  n->u.slice.step = step;
  return n;
}

/* A starred expression *value. */
static Node *starred(Parser *p, Token star, Node *value)
{
  Node *n = ast_new(p->arena, N_STARRED, star.line, star.col, value->end_line, value->end_col);
  n->u.starred.value = value;
  return n;
}

/* A lambda. */
static Node *lambda(Parser *p, Token t, Node *args, Node *body)
{
  Node *n = ast_new(p->arena, N_LAMBDA, t.line, t.col, body->end_line, body->end_col);
  if (args == NULL) {
    args = ast_tok(p->arena, N_ARGUMENTS, t, t);
  }
  n->u.lambda.args = args;
  n->u.lambda.body = body;
  return n;
}

/* A parameter item. */
static ParamItem pitem(Parser *p, int kind, Token tok, Node *ann, Node *def)
{
  ParamItem it;
  it.kind = kind;
  it.tok = tok;
  it.arg = (kind == PARAM_SLASH) ? NULL : parse_param(p, tok, ann, def);
  return it;
}

/* A parameter list holding one item. */
static Params params1(Parser *p, ParamItem it)
{
  Params ps;
  parse_params_init(p, &ps);
  parse_params_add(p, &ps, it);
  return ps;
}
}

// Stop at the first error: remember where, for src/parse.c to explain.
%syntax_error {
  if (!p->failed) {
    p->failed = true;
    p->syntax_error = true;
    p->err_tok = TOKEN;
    p->colon_ok = grammar_accepts(yypParser, TK_COLON);
    p->comma_ok = grammar_accepts(yypParser, TK_COMMA);
    p->except_ok = grammar_accepts(yypParser, TK_EXCEPT);
  }
}
%stack_overflow {
  if (!p->failed) {
    p->failed = true;
    /* CPython 3.11: "MemoryError" with no message and no location */
    diag_set(p->err, "MemoryError", 0, -1, -1, "%s", "");
  }
}
%parse_accept { p->accepted = true; }

// Tokens the lexer produces that no rule mentions, and the mode tokens
// that src/parse.c feeds first to select the start rule.  Declared here so
// that gen/parser.h defines them.
%token ERROR FILE_MODE EVAL_MODE.

//////////////////////// The start rules /////////////////////////////////////

start ::= FILE_MODE file_input.
start ::= EVAL_MODE eval_input.

file_input ::= stmts(L).    { p->result = ast_new(p->arena, N_MODULE, 1, 0, 1, 0); p->result->u.block.body = L; }
file_input ::= .            { p->result = ast_new(p->arena, N_MODULE, 1, 0, 1, 0); }
eval_input ::= testlist_star_expr(E).  { p->result = ast_new(p->arena, N_MODULE, 1, 0, 1, 0); p->result->u.block.body = list1(p, expr_stmt(p, E)); }

//////////////////////// Statements //////////////////////////////////////////

%type stmts {NodeList}
stmts(A) ::= stmt(A).
stmts(A) ::= stmts(A) stmt(B).          { ast_list_extend(p->arena, &A, &B); }

%type stmt {NodeList}
stmt(A) ::= simple_stmt(A).
stmt(A) ::= compound_stmt(B).           { A = list1(p, B); }

%type simple_stmt {NodeList}
simple_stmt(A) ::= small_stmts(A) NEWLINE.
simple_stmt(A) ::= small_stmts(A) SEMI NEWLINE.

%type small_stmts {NodeList}
small_stmts(A) ::= small_stmt(B).                   { A = list1(p, B); }
small_stmts(A) ::= small_stmts(A) SEMI small_stmt(B). { ast_list_push(p->arena, &A, B); }

//////////////////////// Simple statements ///////////////////////////////////

small_stmt(A) ::= testlist_star_expr(E).            { A = expr_stmt(p, E); }
small_stmt(A) ::= yield_expr(E).                    { A = expr_stmt(p, E); }
small_stmt(A) ::= assign_targets(T) rhs(V).         { A = parse_assign(p, &T, V); }
small_stmt(A) ::= testlist_star_expr(T) AUGASSIGN(O) rhs(V). { A = parse_augassign(p, T, O, V); }
small_stmt(A) ::= testlist_star_expr(T) COLON test(N).       { A = parse_annassign(p, T, N, NULL); }
small_stmt(A) ::= testlist_star_expr(T) COLON test(N) EQUAL rhs(V). { A = parse_annassign(p, T, N, V); }

%type assign_targets {NodeList}
assign_targets(A) ::= testlist_star_expr(B) EQUAL.  { A = list1(p, B); }
assign_targets(A) ::= assign_targets(A) rhs(B) EQUAL. { ast_list_push(p->arena, &A, B); }

rhs(A) ::= testlist_star_expr(A).
rhs(A) ::= yield_expr(A).

small_stmt(A) ::= PASS(T).                          { A = ast_tok(p->arena, N_PASS, T, T); }
small_stmt(A) ::= BREAK(T).                         { A = ast_tok(p->arena, N_BREAK, T, T); }
small_stmt(A) ::= CONTINUE(T).                      { A = ast_tok(p->arena, N_CONTINUE, T, T); }
small_stmt(A) ::= RETURN(T).                        { A = unary_node(p, N_RETURN, T, NULL); }
small_stmt(A) ::= RETURN(T) testlist_star_expr(E).  { A = unary_node(p, N_RETURN, T, E); }
small_stmt(A) ::= RAISE(T).                         { A = ast_tok(p->arena, N_RAISE, T, T); }
small_stmt(A) ::= RAISE(T) test(E).                 { A = ast_tok(p->arena, N_RAISE, T, T); A->u.raise.exc = E; ast_end_at(A, E); }
small_stmt(A) ::= RAISE(T) test(E) FROM test(C).    { A = ast_tok(p->arena, N_RAISE, T, T); A->u.raise.exc = E; A->u.raise.cause = C; ast_end_at(A, C); }
small_stmt(A) ::= GLOBAL(T) namelist(L).            { A = names_stmt(p, N_GLOBAL, T, &L); }
small_stmt(A) ::= NONLOCAL(T) namelist(L).          { A = names_stmt(p, N_NONLOCAL, T, &L); }
small_stmt(A) ::= DEL(T) xseq(S).                   { A = ast_tok(p->arena, N_DELETE, T, T); for (int i = 0; i < S.items.count; i++) ast_list_push(p->arena, &A->u.list.elts, parse_target(p, S.items.items[i], CTX_DEL)); end_list(A, &S.items); }
small_stmt(A) ::= DEL(T) xseq(S) COMMA(C).          { A = ast_tok(p->arena, N_DELETE, T, C); for (int i = 0; i < S.items.count; i++) ast_list_push(p->arena, &A->u.list.elts, parse_target(p, S.items.items[i], CTX_DEL)); }
small_stmt(A) ::= ASSERT(T) test(E).                { A = ast_tok(p->arena, N_ASSERT, T, T); A->u.assert_.test = E; ast_end_at(A, E); }
small_stmt(A) ::= ASSERT(T) test(E) COMMA test(M).  { A = ast_tok(p->arena, N_ASSERT, T, T); A->u.assert_.test = E; A->u.assert_.msg = M; ast_end_at(A, M); }

%type namelist {NodeList}
namelist(A) ::= NAME(N).                            { A = list1(p, ast_name(p->arena, N)); }
namelist(A) ::= namelist(A) COMMA NAME(N).          { ast_list_push(p->arena, &A, ast_name(p->arena, N)); }

//////////////////////// Imports /////////////////////////////////////////////

small_stmt(A) ::= IMPORT(T) dotted_as_names(L).     { A = ast_tok(p->arena, N_IMPORT, T, T); A->u.import.names = L; end_list(A, &L); }
small_stmt(A) ::= FROM(T) ifrom(F) IMPORT import_targets(L). { A = F; A->line = T.line; A->col = T.col; A->u.import.names = L; end_list(A, &L); }
small_stmt(A) ::= FROM(T) ifrom(F) IMPORT LPAR import_as_names(L) RPAR(R). { A = F; A->line = T.line; A->col = T.col; A->u.import.names = L; ast_end_tok(A, R); }
small_stmt(A) ::= FROM(T) ifrom(F) IMPORT LPAR import_as_names(L) COMMA RPAR(R). { A = F; A->line = T.line; A->col = T.col; A->u.import.names = L; ast_end_tok(A, R); }
small_stmt(A) ::= FROM(T) ifrom(F) IMPORT import_as_names COMMA(C). { A = F; A->line = T.line; (void)C; parse_error_tok(p, yyLookaheadToken, "trailing comma not allowed without surrounding parentheses"); }

ifrom(A) ::= dotted_name(D).            { A = ast_tok(p->arena, N_IMPORT_FROM, D, D); A->u.import.module = parse_dotted(p, D, D); }
ifrom(A) ::= dots(N) dotted_name(D).    { A = ast_tok(p->arena, N_IMPORT_FROM, D, D); A->u.import.module = parse_dotted(p, D, D); A->u.import.level = N; }
ifrom(A) ::= dots(N).                   { A = ast_new(p->arena, N_IMPORT_FROM, 0, 0, 0, 0); A->u.import.level = N; }

%type dots {int}
dots(A) ::= DOT.                        { A = 1; }
dots(A) ::= ELLIPSIS.                   { A = 3; }
dots(A) ::= dots(A) DOT.                { A += 1; }
dots(A) ::= dots(A) ELLIPSIS.           { A += 3; }

%type import_targets {NodeList}
import_targets(A) ::= STAR(S).          { A = list1(p, alias(p, S, NULL)); }
import_targets(A) ::= import_as_names(A).

%type import_as_names {NodeList}
import_as_names(A) ::= import_as_name(B).                      { A = list1(p, B); }
import_as_names(A) ::= import_as_names(A) COMMA import_as_name(B). { ast_list_push(p->arena, &A, B); }
import_as_name(A) ::= NAME(N).                 { A = alias(p, N, NULL); }
import_as_name(A) ::= NAME(N) AS NAME(M).      { A = alias(p, N, &M); }

%type dotted_as_names {NodeList}
dotted_as_names(A) ::= dotted_as_name(B).                        { A = list1(p, B); }
dotted_as_names(A) ::= dotted_as_names(A) COMMA dotted_as_name(B). { ast_list_push(p->arena, &A, B); }
dotted_as_name(A) ::= dotted_name(D).            { A = alias(p, D, NULL); }
dotted_as_name(A) ::= dotted_name(D) AS NAME(M). { A = alias(p, D, &M); }

// A dotted name is one token stretched over "a.b.c".
%type dotted_name {Token}
dotted_name(A) ::= NAME(A).
dotted_name(A) ::= dotted_name(A) DOT NAME(N).   { A.len = (size_t)(N.start + N.len - A.start); A.end_line = N.end_line; A.end_col = N.end_col; }

//////////////////////// Compound statements /////////////////////////////////

compound_stmt(A) ::= if_stmt(A).
compound_stmt(A) ::= while_stmt(A).
compound_stmt(A) ::= for_stmt(A).
compound_stmt(A) ::= try_stmt(A).
compound_stmt(A) ::= with_stmt(A).
compound_stmt(A) ::= funcdef(A).
compound_stmt(A) ::= classdef(A).
compound_stmt(A) ::= decorators(D) funcdef(F).            { A = decorate(D, F); }
compound_stmt(A) ::= decorators(D) classdef(F).           { A = decorate(D, F); }
compound_stmt(A) ::= decorators(D) ASYNC(T) funcdef(F).   { A = decorate(D, make_async(T, F)); }
compound_stmt(A) ::= ASYNC(T) funcdef(F).                 { A = make_async(T, F); }
compound_stmt(A) ::= ASYNC(T) for_stmt(F).                { A = make_async(T, F); }
compound_stmt(A) ::= ASYNC(T) with_stmt(F).               { A = make_async(T, F); }

%type suite {NodeList}
suite(A) ::= simple_stmt(A).
suite(A) ::= NEWLINE INDENT stmts(B) DEDENT. { A = B; }

if_stmt(A) ::= IF(T) namedexpr_test(C) COLON suite(B) elif_tail(E).   { A = if_node(p, N_IF, T, C, B, E); }
%type elif_tail {NodeList}
elif_tail(A) ::= .                                                      { A = list0(); }
elif_tail(A) ::= ELSE COLON suite(B). { A = B; }
elif_tail(A) ::= ELIF(T) namedexpr_test(C) COLON suite(B) elif_tail(E). { A = list1(p, if_node(p, N_IF, T, C, B, E)); }

%type else_opt {NodeList}
else_opt(A) ::= .                       { A = list0(); }
else_opt(A) ::= ELSE COLON suite(B). { A = B; }

while_stmt(A) ::= WHILE(T) namedexpr_test(C) COLON suite(B) else_opt(E). { A = if_node(p, N_WHILE, T, C, B, E); }
for_stmt(A) ::= FOR(T) exprlist(X) IN testlist_star_expr(I) COLON suite(B) else_opt(E). { A = for_node(p, T, X, I, B, E); }

try_stmt(A) ::= TRY(T) COLON suite(B) handlers(H) else_opt(E) finally_opt(F). { A = try_node(p, T, B, H, E, F); }
try_stmt(A) ::= TRY(T) COLON suite(B) FINALLY COLON suite(F).               { A = try_node(p, T, B, list0(), list0(), F); }
%type finally_opt {NodeList}
finally_opt(A) ::= .                    { A = list0(); }
finally_opt(A) ::= FINALLY COLON suite(B). { A = B; }
%type handlers {NodeList}
handlers(A) ::= handler(B).             { A = list1(p, B); }
handlers(A) ::= handlers(A) handler(B). { ast_list_push(p->arena, &A, B); }
handler(A) ::= EXCEPT(T) COLON suite(B).                          { A = handler(p, T, NULL, NULL, B); }
handler(A) ::= EXCEPT(T) test(X) COLON suite(B).                  { A = handler(p, T, X, NULL, B); }
handler(A) ::= EXCEPT(T) test(X) AS NAME(N) COLON suite(B).       { A = handler(p, T, X, &N, B); }
handler(A) ::= EXCEPT test(X) COMMA tseq(S) COLON.                { ast_end_at(X, ast_list_last(&S.items)); parse_error_node(p, X, "multiple exception types must be parenthesized"); A = NULL; }

with_stmt(A) ::= WITH(T) with_items(L) COLON suite(B).  { A = with_node(p, T, L, B); }
%type with_items {NodeList}
with_items(A) ::= with_item(B).                         { A = list1(p, B); }
with_items(A) ::= with_items(A) COMMA with_item(B).     { ast_list_push(p->arena, &A, B); }
with_item(A) ::= test(E).                               { A = with_item(p, E, NULL); }
with_item(A) ::= test(E) AS expr(V).                    { A = with_item(p, E, V); }

funcdef(A) ::= DEF(T) NAME(N) LPAR params(P) RPAR ret_opt(R) COLON suite(B). { A = funcdef(p, T, N, P, R, B); }
ret_opt(A) ::= .                        { A = NULL; }
ret_opt(A) ::= ARROW test(B). { A = B; }

classdef(A) ::= CLASS(T) NAME(N) COLON suite(B).                          { A = classdef(p, T, N, NULL, B); }
classdef(A) ::= CLASS(T) NAME(N) LPAR RPAR COLON suite(B).                { A = classdef(p, T, N, NULL, B); }
classdef(A) ::= CLASS(T) NAME(N) LPAR arglist(L) RPAR COLON suite(B).     { A = classdef(p, T, N, &L, B); }
classdef(A) ::= CLASS(T) NAME(N) LPAR arglist(L) COMMA RPAR COLON suite(B). { A = classdef(p, T, N, &L, B); }

%type decorators {NodeList}
decorators(A) ::= AT namedexpr_test(E) NEWLINE.               { A = list1(p, E); }
decorators(A) ::= decorators(A) AT namedexpr_test(E) NEWLINE. { ast_list_push(p->arena, &A, E); }

//////////////////////// Parameters //////////////////////////////////////////

params(A) ::= .                         { A = NULL; }
params(A) ::= tparams(P).               { A = parse_params_end(p, &P); }
params(A) ::= tparams(P) COMMA.         { A = parse_params_end(p, &P); }
%type tparams {Params}
tparams(A) ::= tparam(B).                       { A = params1(p, B); }
tparams(A) ::= tparams(A) COMMA tparam(B).      { parse_params_add(p, &A, B); }
%type tparam {ParamItem}
tparam(A) ::= NAME(N).                          { A = pitem(p, PARAM_PLAIN, N, NULL, NULL); }
tparam(A) ::= NAME(N) COLON test(T).            { A = pitem(p, PARAM_PLAIN, N, T, NULL); }
tparam(A) ::= NAME(N) EQUAL test(D).            { A = pitem(p, PARAM_PLAIN, N, NULL, D); }
tparam(A) ::= NAME(N) COLON test(T) EQUAL test(D). { A = pitem(p, PARAM_PLAIN, N, T, D); }
tparam(A) ::= SLASH(S).                         { A = pitem(p, PARAM_SLASH, S, NULL, NULL); }
tparam(A) ::= STAR(S).                          { A = pitem(p, PARAM_STAR, S, NULL, NULL); A.arg = NULL; }
tparam(A) ::= STAR NAME(N).                     { A = pitem(p, PARAM_STAR, N, NULL, NULL); }
tparam(A) ::= STAR NAME(N) COLON test(T).       { A = pitem(p, PARAM_STAR, N, T, NULL); }
tparam(A) ::= STAR NAME(N) EQUAL(E) test.       { A = pitem(p, PARAM_STAR, N, NULL, NULL); parse_error_tok(p, E, "var-positional argument cannot have default value"); }
tparam(A) ::= DSTAR NAME(N).                    { A = pitem(p, PARAM_DSTAR, N, NULL, NULL); }
tparam(A) ::= DSTAR NAME(N) COLON test(T).      { A = pitem(p, PARAM_DSTAR, N, T, NULL); }
tparam(A) ::= DSTAR NAME(N) EQUAL(E) test.      { A = pitem(p, PARAM_DSTAR, N, NULL, NULL); parse_error_tok(p, E, "var-keyword argument cannot have default value"); }

%type vparams {Params}
vparams(A) ::= vparam(B).                       { A = params1(p, B); }
vparams(A) ::= vparams(A) COMMA vparam(B).      { parse_params_add(p, &A, B); }
%type vparam {ParamItem}
vparam(A) ::= NAME(N).                          { A = pitem(p, PARAM_PLAIN, N, NULL, NULL); }
vparam(A) ::= NAME(N) EQUAL test(D).            { A = pitem(p, PARAM_PLAIN, N, NULL, D); }
vparam(A) ::= SLASH(S).                         { A = pitem(p, PARAM_SLASH, S, NULL, NULL); }
vparam(A) ::= STAR(S).                          { A = pitem(p, PARAM_STAR, S, NULL, NULL); A.arg = NULL; }
vparam(A) ::= STAR NAME(N).                     { A = pitem(p, PARAM_STAR, N, NULL, NULL); }
vparam(A) ::= DSTAR NAME(N).                    { A = pitem(p, PARAM_DSTAR, N, NULL, NULL); }

lambdef(A) ::= LAMBDA(T) COLON test(B).                 { A = lambda(p, T, NULL, B); }
lambdef(A) ::= LAMBDA(T) vparams(P) COLON test(B).      { A = lambda(p, T, parse_params_end(p, &P), B); }
lambdef(A) ::= LAMBDA(T) vparams(P) COMMA COLON test(B). { A = lambda(p, T, parse_params_end(p, &P), B); }

//////////////////////// Expression lists ////////////////////////////////////

// "a, *b, c" at statement level: a single expression or a tuple.
testlist_star_expr(A) ::= tseq(S).              { A = ast_seq_expr(p->arena, S); }
testlist_star_expr(A) ::= tseq(S) COMMA(C).     { S.comma = true; A = ast_seq_expr(p->arena, S); ast_end_tok(A, C); }
%type tseq {Seq}
tseq(A) ::= star_or_test(B).                    { A = ast_seq1(p->arena, B); }
tseq(A) ::= tseq(A) COMMA star_or_test(B).      { A.comma = true; ast_list_push(p->arena, &A.items, B); }
star_or_test(A) ::= test(A).
star_or_test(A) ::= STAR(S) expr(E).            { A = starred(p, S, E); }

// Targets of for, del and comprehensions: no comparisons at top level.
exprlist(A) ::= xseq(S).                        { A = ast_seq_expr(p->arena, S); }
exprlist(A) ::= xseq(S) COMMA(C).               { S.comma = true; A = ast_seq_expr(p->arena, S); ast_end_tok(A, C); }
%type xseq {Seq}
xseq(A) ::= xelem(B).                           { A = ast_seq1(p->arena, B); }
xseq(A) ::= xseq(A) COMMA xelem(B).             { A.comma = true; ast_list_push(p->arena, &A.items, B); }
xelem(A) ::= expr(A).
xelem(A) ::= STAR(S) expr(E).                   { A = starred(p, S, E); }

yield_expr(A) ::= YIELD(T).                           { A = unary_node(p, N_YIELD, T, NULL); }
yield_expr(A) ::= YIELD(T) testlist_star_expr(E).     { A = unary_node(p, N_YIELD, T, E); }
yield_expr(A) ::= YIELD(T) FROM test(E).              { A = unary_node(p, N_YIELD_FROM, T, E); }

//////////////////////// The precedence ladder ///////////////////////////////

namedexpr_test(A) ::= test(A).
namedexpr_test(A) ::= test(T) COLONEQUAL test(V).   { A = parse_walrus(p, T, V); }

test(A) ::= or_test(A).
test(A) ::= or_test(B) IF or_test(C) ELSE test(D).  { A = ast_span(p->arena, N_IFEXP, B, D); A->u.ifexp.body = B; A->u.ifexp.test = C; A->u.ifexp.orelse = D; }
test(A) ::= lambdef(A).

or_test(A) ::= and_test(A).
or_test(A) ::= or_chain(A).
or_chain(A) ::= and_test(B) OR and_test(C).         { A = ast_boolop(p->arena, AST_OR, B, C); }
or_chain(A) ::= or_chain(A) OR and_test(C).         { ast_list_push(p->arena, &A->u.boolop.values, C); ast_end_at(A, C); }

and_test(A) ::= not_test(A).
and_test(A) ::= and_chain(A).
and_chain(A) ::= not_test(B) AND not_test(C).       { A = ast_boolop(p->arena, AST_AND, B, C); }
and_chain(A) ::= and_chain(A) AND not_test(C).      { ast_list_push(p->arena, &A->u.boolop.values, C); ast_end_at(A, C); }

not_test(A) ::= NOT(T) not_test(B).                 { A = ast_unary(p->arena, T, AST_NOT, B); }
not_test(A) ::= comparison(A).

comparison(A) ::= expr(A).
comparison(A) ::= cmp_chain(A).
cmp_chain(A) ::= expr(B) comp_op(O) expr(C).        { A = ast_compare(p->arena, B, (AstCmpOp)O, C); }
cmp_chain(A) ::= cmp_chain(A) comp_op(O) expr(C).   { ast_compare_push(p->arena, A, (AstCmpOp)O, C); }

%type comp_op {int}
comp_op(A) ::= LESS.                { A = AST_LT; }
comp_op(A) ::= GREATER.             { A = AST_GT; }
comp_op(A) ::= EQEQUAL.             { A = AST_EQ; }
comp_op(A) ::= GREATEREQUAL.        { A = AST_GTE; }
comp_op(A) ::= LESSEQUAL.           { A = AST_LTE; }
comp_op(A) ::= NOTEQUAL.            { A = AST_NOTEQ; }
comp_op(A) ::= IN.                  { A = AST_IN; }
comp_op(A) ::= NOT IN.              { A = AST_NOTIN; }
comp_op(A) ::= IS.                  { A = AST_IS; }
comp_op(A) ::= IS NOT.              { A = AST_ISNOT; }

expr(A) ::= xor_expr(A).
expr(A) ::= expr(B) VBAR xor_expr(C).               { A = ast_binop(p->arena, B, AST_BITOR, C); }
xor_expr(A) ::= and_expr(A).
xor_expr(A) ::= xor_expr(B) CIRCUMFLEX and_expr(C). { A = ast_binop(p->arena, B, AST_BITXOR, C); }
and_expr(A) ::= shift_expr(A).
and_expr(A) ::= and_expr(B) AMPER shift_expr(C).    { A = ast_binop(p->arena, B, AST_BITAND, C); }
shift_expr(A) ::= arith_expr(A).
shift_expr(A) ::= shift_expr(B) LSHIFT arith_expr(C). { A = ast_binop(p->arena, B, AST_LSHIFT, C); }
shift_expr(A) ::= shift_expr(B) RSHIFT arith_expr(C). { A = ast_binop(p->arena, B, AST_RSHIFT, C); }
arith_expr(A) ::= term(A).
arith_expr(A) ::= arith_expr(B) PLUS term(C).       { A = ast_binop(p->arena, B, AST_ADD, C); }
arith_expr(A) ::= arith_expr(B) MINUS term(C).      { A = ast_binop(p->arena, B, AST_SUB, C); }
term(A) ::= factor(A).
term(A) ::= term(B) STAR factor(C).                 { A = ast_binop(p->arena, B, AST_MULT, C); }
term(A) ::= term(B) SLASH factor(C).                { A = ast_binop(p->arena, B, AST_DIV, C); }
term(A) ::= term(B) DSLASH factor(C).               { A = ast_binop(p->arena, B, AST_FLOORDIV, C); }
term(A) ::= term(B) PERCENT factor(C).              { A = ast_binop(p->arena, B, AST_MOD, C); }
term(A) ::= term(B) AT factor(C).                   { A = ast_binop(p->arena, B, AST_MATMULT, C); }
factor(A) ::= PLUS(T) factor(B).                    { A = ast_unary(p->arena, T, AST_UADD, B); }
factor(A) ::= MINUS(T) factor(B).                   { A = ast_unary(p->arena, T, AST_USUB, B); }
factor(A) ::= TILDE(T) factor(B).                   { A = ast_unary(p->arena, T, AST_INVERT, B); }
factor(A) ::= power(A).
// ** is right-associative and binds tighter than a unary operator on its left.
power(A) ::= await_primary(A).
power(A) ::= await_primary(B) DSTAR factor(C).      { A = ast_binop(p->arena, B, AST_POW, C); }
await_primary(A) ::= AWAIT(T) primary(B).           { A = unary_node(p, N_AWAIT, T, B); }
await_primary(A) ::= primary(A).

//////////////////////// Primaries: calls, attributes, subscripts ////////////

primary(A) ::= atom(A).
primary(A) ::= primary(B) DOT NAME(N).                      { A = attribute(p, B, N); }
primary(A) ::= primary(B) LPAR RPAR(R).                     { Args a; memset(&a, 0, sizeof a); A = parse_call(p, B, &a, R); }
primary(A) ::= primary(B) LPAR arglist(L) RPAR(R).          { A = parse_call(p, B, &L, R); }
primary(A) ::= primary(B) LPAR arglist(L) COMMA RPAR(R).    { A = parse_call(p, B, &L, R); }
primary(A) ::= primary(B) LSQB subscripts(S) RSQB(R).       { A = subscript(p, B, S, R); }

%type arglist {Args}
arglist(A) ::= argument(B).                     { memset(&A, 0, sizeof A); parse_args_add(p, &A, B); }
arglist(A) ::= arglist(A) COMMA argument(B).    { parse_args_add(p, &A, B); }
argument(A) ::= namedexpr_test(A).
argument(A) ::= test(K) EQUAL test(V).          { A = parse_keyword(p, K, V); }
argument(A) ::= STAR(S) test(E).                { A = starred(p, S, E); }
argument(A) ::= DSTAR(S) test(E).               { A = ast_new(p->arena, N_KEYWORD, S.line, S.col, E->end_line, E->end_col); A->u.keyword.value = E; }
argument(A) ::= test(E) comp_for(C).            { A = comp(p, N_GENEXP, p->err_tok, p->err_tok, NULL, E, C); A->line = E->line; A->col = E->col; ast_end_at(A, ast_list_last(&C)); p->bare_genexp = A; }

subscripts(A) ::= sseq(S).                      { A = ast_seq_expr(p->arena, S); }
subscripts(A) ::= sseq(S) COMMA(C).             { S.comma = true; A = ast_seq_expr(p->arena, S); ast_end_tok(A, C); }
%type sseq {Seq}
sseq(A) ::= subscript(B).                       { A = ast_seq1(p->arena, B); }
sseq(A) ::= sseq(A) COMMA subscript(B).         { A.comma = true; ast_list_push(p->arena, &A.items, B); }
subscript(A) ::= namedexpr_test(A).
subscript(A) ::= STAR(S) expr(E).               { A = starred(p, S, E); }
subscript(A) ::= opt_test(L) COLON(C) opt_test(U).                    { A = slice(p, L, C, U, NULL, C); }
subscript(A) ::= opt_test(L) COLON(C) opt_test(U) COLON(D) opt_test(S). { A = slice(p, L, C, U, S, D); }
opt_test(A) ::= .                               { A = NULL; }
opt_test(A) ::= test(A).

//////////////////////// Atoms and displays //////////////////////////////////

atom(A) ::= NAME(T).                { A = ast_name(p->arena, T); }
atom(A) ::= INT(T).                 { A = parse_number(p, T); }
atom(A) ::= FLOAT(T).               { A = parse_number(p, T); }
atom(A) ::= strings(L).             { A = parse_strings(p, &L); }
atom(A) ::= NONE(T).                { A = ast_const_tok(p->arena, CONST_NONE, T); }
atom(A) ::= TRUE(T).                { A = ast_const_tok(p->arena, CONST_TRUE, T); }
atom(A) ::= FALSE(T).               { A = ast_const_tok(p->arena, CONST_FALSE, T); }
atom(A) ::= ELLIPSIS(T).            { A = ast_const_tok(p->arena, CONST_ELLIPSIS, T); }

%type strings {NodeList}
strings(A) ::= STRING(T).               { A = list1(p, parse_string_piece(p, T)); }
strings(A) ::= strings(A) STRING(T).    { ast_list_push(p->arena, &A, parse_string_piece(p, T)); }

atom(A) ::= LPAR(L) RPAR(R).                                { A = display(p, N_TUPLE, L, R, list0()); }
atom(A) ::= LPAR yield_expr(B) RPAR. { A = B; }
atom(A) ::= LPAR(L) dseq(S) RPAR(R).                        { A = paren(p, L, S, R); }
atom(A) ::= LPAR(L) dseq(S) COMMA RPAR(R).                  { A = display(p, N_TUPLE, L, R, S.items); }
atom(A) ::= LPAR(L) namedexpr_test(E) comp_for(C) RPAR(R).  { A = comp(p, N_GENEXP, L, R, NULL, E, C); }
atom(A) ::= LSQB(L) RSQB(R).                                { A = display(p, N_LIST, L, R, list0()); }
atom(A) ::= LSQB(L) dseq(S) RSQB(R).                        { A = display(p, N_LIST, L, R, S.items); }
atom(A) ::= LSQB(L) dseq(S) COMMA RSQB(R).                  { A = display(p, N_LIST, L, R, S.items); }
atom(A) ::= LSQB(L) namedexpr_test(E) comp_for(C) RSQB(R).  { A = comp(p, N_LISTCOMP, L, R, NULL, E, C); }
atom(A) ::= LBRACE(L) RBRACE(R).                            { A = ast_tok(p->arena, N_DICT, L, R); }
atom(A) ::= LBRACE(L) dseq(S) RBRACE(R).                    { A = display(p, N_SET, L, R, S.items); }
atom(A) ::= LBRACE(L) dseq(S) COMMA RBRACE(R).              { A = display(p, N_SET, L, R, S.items); }
atom(A) ::= LBRACE(L) namedexpr_test(E) comp_for(C) RBRACE(R). { A = comp(p, N_SETCOMP, L, R, NULL, E, C); }
atom(A) ::= LBRACE(L) dict_items(D) RBRACE(R).              { A = D; A->line = L.line; A->col = L.col; ast_end_tok(A, R); }
atom(A) ::= LBRACE(L) dict_items(D) COMMA RBRACE(R).        { A = D; A->line = L.line; A->col = L.col; ast_end_tok(A, R); }
atom(A) ::= LBRACE(L) test(K) COLON test(V) comp_for(C) RBRACE(R). { A = comp(p, N_DICTCOMP, L, R, K, V, C); }

%type dseq {Seq}
dseq(A) ::= delem(B).                           { A = ast_seq1(p->arena, B); }
dseq(A) ::= dseq(A) COMMA delem(B).             { A.comma = true; ast_list_push(p->arena, &A.items, B); }
delem(A) ::= namedexpr_test(A).
delem(A) ::= STAR(S) expr(E).                   { A = starred(p, S, E); }

dict_items(A) ::= test(K) COLON test(V).        { A = ast_span(p->arena, N_DICT, K, V); ast_list_push(p->arena, &A->u.dict.keys, K); ast_list_push(p->arena, &A->u.dict.values, V); }
dict_items(A) ::= DSTAR expr(V).                { A = ast_span(p->arena, N_DICT, V, V); ast_list_push(p->arena, &A->u.dict.keys, NULL); ast_list_push(p->arena, &A->u.dict.values, V); }
dict_items(A) ::= dict_items(A) COMMA test(K) COLON test(V). { ast_list_push(p->arena, &A->u.dict.keys, K); ast_list_push(p->arena, &A->u.dict.values, V); }
dict_items(A) ::= dict_items(A) COMMA DSTAR expr(V).         { ast_list_push(p->arena, &A->u.dict.keys, NULL); ast_list_push(p->arena, &A->u.dict.values, V); }

%type comp_for {NodeList}
comp_for(A) ::= comp_clause(B).                 { A = list1(p, B); }
comp_for(A) ::= comp_for(A) comp_clause(B).     { ast_list_push(p->arena, &A, B); }
comp_for(A) ::= comp_for(A) IF or_test(C).      { Node *c = ast_list_last(&A); ast_list_push(p->arena, &c->u.comprehension.ifs, C); ast_end_at(c, C); }
comp_clause(A) ::= FOR(T) exprlist(X) IN or_test(I).        { A = parse_comprehension(p, T, X, I, false); }
comp_clause(A) ::= ASYNC(T) FOR exprlist(X) IN or_test(I).  { A = parse_comprehension(p, T, X, I, true); }

%code {
/* See the forward declaration in %include: replay Lemon's reductions on
** a copy of the state stack until [tok] is shifted (true) or rejected. */
static bool grammar_accepts(struct yyParser *pp, int tok)
{
  YYACTIONTYPE st[YYSTACKDEPTH + 64];
  int top = (int)(pp->yytos - pp->yystack);
  YYACTIONTYPE act;
  if (top < 0 || top >= YYSTACKDEPTH) return false;
  for (int i = 0; i <= top; i++) st[i] = pp->yystack[i].stateno;
  act = st[top];
  for (int guard = 0; guard < 100000; guard++) {
    act = yy_find_shift_action((YYCODETYPE)tok, act);
    if (act >= YY_MIN_REDUCE) {
      unsigned rule = act - YY_MIN_REDUCE;
      top += yyRuleInfoNRhs[rule];
      if (top < 0) return false;
      act = yy_find_reduce_action(st[top], (YYCODETYPE)yyRuleInfoLhs[rule]);
      if (++top >= YYSTACKDEPTH + 63) return false;
      st[top] = act;
      continue;
    }
    return act <= YY_MAX_SHIFTREDUCE || act == YY_ACCEPT_ACTION;
  }
  return false;
}
}
