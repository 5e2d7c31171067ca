/*
** parse.c -- the front end's driver: feeds the lexer's tokens to the Lemon
** parser (build/gen/parser.c), turns a rejected token into CPython 3.11's
** message, decides whether REPL input is incomplete, and holds the
** builders that may report a SyntaxError (literals, f-strings, calls,
** parameters, assignment targets).
**
** Error priority follows CPython's pegen (_PyPegen_set_syntax_error):
**   1. a tokenizer error anywhere in the file wins over a parser error
**      (CPython tokenizes the rest of the file after a failed parse), except
**      "'(' was never closed", which only wins when the parser failed on a
**      later line than the bracket, except after "unexpected indent", and
**      except the errors pegen reports from the tokenizer's state rather
**      than the tokenizer itself (TabError, unindent, a stray backslash);
**   2. otherwise the parser's error, explained by a few of CPython's
**      invalid_* rules (see explain_syntax_error).
*/
#include "src/parse.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "src/ast_build.h"
#include "src/lexer.h"
#include "gen/parser.h"

/* Lemon's entry points (generated, so not in a header). */
void *GrammarAlloc(void *(*alloc)(size_t), Parser *p);
void GrammarFree(void *engine, void (*freer)(void *));
void Grammar(void *engine, int kind, Token tok, Parser *p);

/* {====================================================== error helpers */

/* A SyntaxDiag.tok_line value used inside this file only: the error is
** located, as CPython's string_parser.c RAISE_SYNTAX_ERROR puts it, at the
** token Lemon was given when the action ran (set by parse_source). */
#define FSTRING_AT_LOOKAHEAD (-1)

/* CPython's position of the end of input in [src]: the line of its
** ENDMARKER (the last line) in [*line], and in [*len] the bytes of that
** line with its newline (tok->cur - tok->line_start there). */
static void eof_position(const char *src, int *line, int *len)
{
  int n = 0;
  const char *last = src, *s;
  for (s = src; *s; s++) {
    if (*s == '\n' && s[1] != '\0') { n++; last = s + 1; }
  }
  *line = n + 1;
  *len = (int)(s - last);
  if (*len >= 2 && last[*len - 1] == '\n' && last[*len - 2] == '\r') (*len)--;
}

/* See ast_build.h. */
void parse_error_node(Parser *p, const Node *n, const char *msg)
{
  if (p->failed) return;
  p->failed = true;
  diag_set(p->err, "SyntaxError", n->line, n->col, n->end_line == n->line ? n->end_col : n->col + 1, "%s", msg);
  p->err->end_line = n->end_line;
  p->err->end_col = n->end_col;
}

/* See ast_build.h. */
void parse_error_tok(Parser *p, Token t, const char *msg)
{
  if (p->failed) return;
  p->failed = true;
  /* a NEWLINE token has no width in CPython */
  diag_set(p->err, "SyntaxError", t.line, t.col, t.kind == TK_NEWLINE ? t.col : t.end_col, "%s", msg);
  p->err->end_line = t.end_line;
}

/* Report [fmt] at node [n]. */
static void error_node_f(Parser *p, const Node *n, const char *fmt, const char *arg)
{
  char msg[200];
  snprintf(msg, sizeof msg, fmt, arg);
  parse_error_node(p, n, msg);
}

/* }====================================================== */

/* {====================================================== targets */

/* Is [n] an unparenthesised tuple (its range starts at its first element)? */
static bool bare_tuple(const Node *n)
{
  return n->kind == N_TUPLE && n->u.list.elts.count > 0 &&
         n->u.list.elts.items[0]->line == n->line && n->u.list.elts.items[0]->col == n->col;
}

/* May CPython's invalid_named_expression rule match [n] ("cannot assign
** to X here. Maybe you meant '==' instead of '='?")?  Only bitwise-or
** level expressions, not displays or the three singletons. */
static bool named_expr_candidate(const Node *n)
{
  switch (n->kind) {
  case N_COMPARE: case N_BOOLOP: case N_IFEXP: case N_LAMBDA: case N_LIST:
  case N_TUPLE: case N_GENEXP: case N_STARRED:
    return false;
  case N_UNARYOP: return n->u.unaryop.op != AST_NOT;
  case N_CONSTANT:
    return n->u.constant.kind != CONST_NONE && n->u.constant.kind != CONST_TRUE &&
           n->u.constant.kind != CONST_FALSE;
  default: return true;
  }
}

/* See ast_build.h. */
Node *parse_target(Parser *p, Node *n, ExprContext ctx)
{
  Node *bad;
  if (n->kind == N_STARRED && ctx == CTX_STORE) {
    /* a lone *x is only valid inside a list or tuple */
    parse_error_node(p, n, "starred assignment target must be in a list or tuple");
    p->err->stage = DIAG_COMPILER;     /* compile.c's error in CPython */
    return n;
  }
  bad = ast_set_context(n, ctx);
  if (bad) error_node_f(p, bad, ctx == CTX_DEL ? "cannot delete %s" : "cannot assign to %s",
                        ast_expr_name(bad));
  return n;
}

/* Report "can't use starred expression here" for a lone *x value. */
static void check_value(Parser *p, Node *v)
{
  if (v && v->kind == N_STARRED) {
    parse_error_node(p, v, "can't use starred expression here");
    p->err->stage = DIAG_COMPILER;     /* compile.c's error in CPython */
  }
}

/* See ast_build.h.  A single `target = value` whose target cannot be
** assigned gets CPython's "... here. Maybe you meant '==' instead of '='?". */
Node *parse_assign(Parser *p, NodeList *targets, Node *value)
{
  Node *first = targets->items[0];
  Node *n = ast_span(p->arena, N_ASSIGN, first, value);
  if (targets->count == 1) {
    Node *t = first, *bad;
    if (bare_tuple(t)) {
      for (int i = 0; i < t->u.list.elts.count; i++) {
        Node *e = t->u.list.elts.items[i];
        if (e->kind != N_STARRED && ast_set_context(e, CTX_STORE) != NULL && named_expr_candidate(e)) {
          error_node_f(p, e, "cannot assign to %s here. Maybe you meant '==' instead of '='?",
                       ast_expr_name(e));
          return n;
        }
      }
    } else if (t->kind != N_STARRED && (bad = ast_set_context(t, CTX_STORE)) == t &&
               named_expr_candidate(t)) {
      error_node_f(p, t, "cannot assign to %s here. Maybe you meant '==' instead of '='?",
                   ast_expr_name(t));
      return n;
    }
  }
  for (int i = 0; i < targets->count; i++) {
    Node *t = targets->items[i];
    if (t->kind == N_YIELD || t->kind == N_YIELD_FROM) {
      parse_error_node(p, t, "assignment to yield expression not possible");
      return n;
    }
    parse_target(p, t, CTX_STORE);
  }
  check_value(p, value);
  n->u.assign.targets = *targets;
  n->u.assign.value = value;
  return n;
}

/* See ast_build.h. */
Node *parse_augassign(Parser *p, Node *target, Token op, Node *value)
{
  Node *n = ast_span(p->arena, N_AUG_ASSIGN, target, value);
  if (target->kind != N_NAME && target->kind != N_ATTRIBUTE && target->kind != N_SUBSCRIPT)
    error_node_f(p, target, "'%s' is an illegal expression for augmented assignment",
                 ast_expr_name(target));
  else
    ast_set_context(target, CTX_STORE);
  n->u.augassign.target = target;
  n->u.augassign.op = ast_augop(op);
  n->u.augassign.value = value;
  return n;
}

/* See ast_build.h. */
Node *parse_annassign(Parser *p, Node *target, Node *ann, Node *value)
{
  Node *n = ast_span(p->arena, N_ANN_ASSIGN, target, value ? value : ann);
  if (target->kind == N_TUPLE || target->kind == N_LIST)
    error_node_f(p, target, "only single target (not %s) can be annotated",
                 target->kind == N_TUPLE ? "tuple" : "list");
  else if (target->kind != N_NAME && target->kind != N_ATTRIBUTE && target->kind != N_SUBSCRIPT)
    parse_error_node(p, target, "illegal target for annotation");
  else
    ast_set_context(target, CTX_STORE);
  n->u.annassign.target = target;
  n->u.annassign.annotation = ann;
  n->u.annassign.value = value;
  n->u.annassign.simple = target->kind == N_NAME;
  return n;
}

/* See ast_build.h. */
Node *parse_walrus(Parser *p, Node *target, Node *value)
{
  Node *n = ast_span(p->arena, N_NAMED_EXPR, target, value);
  if (target->kind != N_NAME)
    error_node_f(p, target, "cannot use assignment expressions with %s", ast_expr_name(target));
  else
    target->u.name.ctx = CTX_STORE;
  n->u.named.target = target;
  n->u.named.value = value;
  return n;
}

/* See ast_build.h. */
Node *parse_comprehension(Parser *p, Token for_tok, Node *target, Node *iter, bool is_async)
{
  Node *n = ast_new(p->arena, N_COMPREHENSION, for_tok.line, for_tok.col, iter->end_line, iter->end_col);
  n->u.comprehension.target = parse_target(p, target, CTX_STORE);
  n->u.comprehension.iter = iter;
  n->u.comprehension.is_async = is_async;
  return n;
}

/* }====================================================== */

/* {====================================================== calls, parameters */

/* See ast_build.h. */
Node *parse_keyword(Parser *p, Node *name, Node *value)
{
  Node *n = ast_span(p->arena, N_KEYWORD, name, value);
  if (name->kind != N_NAME) {
    parse_error_node(p, name, "expression cannot contain assignment, perhaps you meant \"==\"?");
    if (p->err->end_line == name->end_line) p->err->end_col = name->end_col + 1;
    return n;
  }
  n->u.keyword.name = name->u.name.id;
  n->u.keyword.value = value;
  return n;
}

/* See ast_build.h.  Order rules of CPython's invalid_arguments. */
void parse_args_add(Parser *p, Args *a, Node *arg)
{
  a->count++;
  if (arg == p->bare_genexp) {
    a->bare_genexps++;
    p->bare_genexp = NULL;
  }
  if (arg->kind == N_KEYWORD) {
    if (arg->u.keyword.name.chars) a->seen_keyword = true;
    else a->seen_dstar = true;
    ast_list_push(p->arena, &a->keywords, arg);
    return;
  }
  if (a->order_msg) {
    /* keep the first ordering error */
  } else if (arg->kind == N_STARRED) {
    if (a->seen_dstar) {
      a->order_msg = "iterable argument unpacking follows keyword argument unpacking";
      a->order_node = arg;
    }
  } else if (a->seen_dstar) {
    a->order_msg = "positional argument follows keyword argument unpacking";
  } else if (a->seen_keyword) {
    a->order_msg = "positional argument follows keyword argument";
  }
  ast_list_push(p->arena, &a->args, arg);
}

/* See ast_build.h. */
Node *parse_call(Parser *p, Node *func, Args *a, Token rpar)
{
  Node *n = ast_new(p->arena, N_CALL, func->line, func->col, rpar.end_line, rpar.end_col);
  if (a->order_msg) {
    /* CPython reports these at the last token read: the ')' */
    if (a->order_node) {
      Node star = *a->order_node;
      star.end_line = star.line;
      star.end_col = star.col + 1;
      parse_error_node(p, &star, a->order_msg);
    } else {
      parse_error_tok(p, rpar, a->order_msg);
    }
  }
  if (a->bare_genexps) {
    if (a->count > 1) {
      for (int i = 0; i < a->args.count; i++)
        if (a->args.items[i]->kind == N_GENEXP) {
          parse_error_node(p, a->args.items[i], "Generator expression must be parenthesized");
          break;
        }
    } else {
      /* f(x for x in y): the generator's range is the call's parentheses */
      Node *g = a->args.items[0];
      g->line = func->end_line;
      g->col = func->end_col;
      g->end_line = rpar.end_line;
      g->end_col = rpar.end_col;
    }
  }
  n->u.call.func = func;
  n->u.call.args = a->args;
  n->u.call.keywords = a->keywords;
  return n;
}

/* See ast_build.h. */
Node *parse_param(Parser *p, Token name, Node *annotation, Node *default_)
{
  Node *n = ast_tok(p->arena, N_ARG, name, name);
  n->u.arg.name = ast_str(p->arena, name.start, name.len);
  n->u.arg.annotation = annotation;
  n->u.arg.default_ = default_;
  if (annotation) ast_end_at(n, annotation);
  return n;
}

/* See ast_build.h. */
void parse_params_init(Parser *p, Params *ps)
{
  memset(ps, 0, sizeof *ps);
  ps->node = ast_new(p->arena, N_ARGUMENTS, 0, 0, 0, 0);
}

/* See ast_build.h.  Checks the order rules of CPython's
** invalid_parameters as the items come. */
void parse_params_add(Parser *p, Params *ps, ParamItem it)
{
  Node *args = ps->node;
  if (ps->seen_dstar) {
    parse_error_tok(p, it.tok, "arguments cannot follow var-keyword argument");
    return;
  }
  switch (it.kind) {
  case PARAM_SLASH:
    if (ps->seen_slash) parse_error_tok(p, it.tok, "/ may appear only once");
    else if (ps->seen_star) parse_error_tok(p, it.tok, "/ must be ahead of *");
    else if (args->u.arguments.args.count == 0) parse_error_tok(p, it.tok, "invalid syntax");
    ps->seen_slash = true;
    args->u.arguments.posonlyargs = args->u.arguments.args;
    memset(&args->u.arguments.args, 0, sizeof(NodeList));
    break;
  case PARAM_STAR:
    if (ps->seen_star) parse_error_tok(p, it.tok, "* argument may appear only once");
    ps->seen_star = true;
    ps->bare_star = it.arg == NULL;
    ps->star_tok = it.tok;
    args->u.arguments.vararg = it.arg;
    break;
  case PARAM_DSTAR:
    if (ps->bare_star && ps->after_star == 0)
      parse_error_tok(p, ps->star_tok, "named arguments must follow bare *");
    ps->seen_dstar = true;
    args->u.arguments.kwarg = it.arg;
    break;
  default:
    if (ps->seen_star) {
      ps->after_star++;
      ast_list_push(p->arena, &args->u.arguments.kwonlyargs, it.arg);
    } else {
      if (it.arg->u.arg.default_) ps->seen_default = true;
      else if (ps->seen_default)
        parse_error_tok(p, it.tok, "non-default argument follows default argument");
      ast_list_push(p->arena, &args->u.arguments.args, it.arg);
    }
    break;
  }
}

/* See ast_build.h. */
Node *parse_params_end(Parser *p, Params *ps)
{
  if (ps->bare_star && ps->after_star == 0 && !ps->seen_dstar)
    parse_error_tok(p, ps->star_tok, "named arguments must follow bare *");
  return ps->node;
}

/* See ast_build.h.  Whitespace and continuations between the parts of
** "a . b" are dropped. */
AstStr parse_dotted(Parser *p, Token from, Token to)
{
  size_t n = (size_t)(to.start + to.len - from.start), k = 0;
  char *buf = arena_alloc(p->arena, n + 1);
  AstStr r;
  for (size_t i = 0; i < n; i++) {
    char c = from.start[i];
    if (c == ' ' || c == '\t' || c == '\\' || c == '\n' || c == '\r' || c == '\f') continue;
    buf[k++] = c;
  }
  buf[k] = '\0';
  r.chars = buf;
  r.len = k;
  return r;
}

/* }====================================================== */

/* {====================================================== numbers */

/* Convert the digits of [s] (base [base], underscores skipped) to a decimal
** string in the arena: a small base-10^9 bignum. */
static AstStr big_decimal(Parser *p, const char *s, size_t len, int base)
{
  size_t cap = len + 2, n = 0;       /* limbs, least significant first */
  uint32_t *limb = calloc(cap, sizeof(uint32_t));
  char *out;
  AstStr r;
  if (limb == NULL) abort();
  for (size_t i = 0; i < len; i++) {
    int d;
    char c = s[i];
    if (c == '_') continue;
    d = (c >= '0' && c <= '9') ? c - '0' : ((c | 0x20) - 'a' + 10);
    uint64_t carry = (uint64_t)d;
    for (size_t j = 0; j < n; j++) {
      uint64_t v = (uint64_t)limb[j] * (uint64_t)base + carry;
      limb[j] = (uint32_t)(v % 1000000000u);
      carry = v / 1000000000u;
    }
    while (carry) { limb[n++] = (uint32_t)(carry % 1000000000u); carry /= 1000000000u; }
  }
  if (n == 0) limb[n++] = 0;
  out = arena_alloc(p->arena, n * 9 + 2);
  int k = sprintf(out, "%u", limb[n - 1]);
  for (size_t j = n - 1; j-- > 0;) k += sprintf(out + k, "%09u", limb[j]);
  free(limb);
  r.chars = out;
  r.len = (size_t)k;
  return r;
}

/* See ast_build.h.  Ints beyond int64_t keep their value as a decimal
** digit string in constant.big (whatever base they were written in). */
Node *parse_number(Parser *p, Token t)
{
  Node *n = ast_tok(p->arena, N_CONSTANT, t, t);
  char buf[128];
  if (t.kind == TK_FLOAT) {
    size_t k = 0;
    char *tmp = t.len < sizeof buf ? buf : malloc(t.len + 1);
    for (size_t i = 0; i < t.len; i++) if (t.start[i] != '_') tmp[k++] = t.start[i];
    tmp[k] = '\0';
    n->u.constant.kind = CONST_FLOAT;
    n->u.constant.fval = strtod(tmp, NULL);
    if (tmp != buf) free(tmp);
    return n;
  }
  int base = 10;
  const char *s = t.start;
  size_t len = t.len;
  if (len > 1 && s[0] == '0') {
    char b = (char)(s[1] | 0x20);
    if (b == 'x') base = 16; else if (b == 'o') base = 8; else if (b == 'b') base = 2;
    if (base != 10) { s += 2; len -= 2; }
  }
  if (base == 10) {
    /* CPython 3.11 refuses a decimal literal longer than
       sys.get_int_max_str_digits() (4300), with no column */
    size_t ndigits = 0;
    for (size_t i = 0; i < len; i++) ndigits += s[i] != '_';
    if (ndigits > 4300 && !p->failed) {
      p->failed = true;
      diag_set(p->err, "SyntaxError", t.line, -1, -1,
               "Exceeds the limit (4300 digits) for integer string conversion: value has %zu "
               "digits; use sys.set_int_max_str_digits() to increase the limit - Consider "
               "hexadecimal for huge integer literals to avoid decimal conversion limits.", ndigits);
      n->u.constant.kind = CONST_INT;
      return n;
    }
  }
  uint64_t v = 0;
  bool overflow = false;
  for (size_t i = 0; i < len; i++) {
    char c = s[i];
    int d;
    if (c == '_') continue;
    d = (c >= '0' && c <= '9') ? c - '0' : ((c | 0x20) - 'a' + 10);
    if (v > (UINT64_MAX - (uint64_t)d) / (uint64_t)base) { overflow = true; break; }
    v = v * (uint64_t)base + (uint64_t)d;
  }
  n->u.constant.kind = CONST_INT;
  if (overflow || v > (uint64_t)INT64_MAX) n->u.constant.big = big_decimal(p, s, len, base);
  else n->u.constant.ival = (int64_t)v;
  return n;
}

/* }====================================================== */

/* {====================================================== strings */

/* A growable byte buffer (malloc'd; copied into the arena when done). */
typedef struct {
  char *b;
  size_t n, cap;
} Buf;

static void buf_put(Buf *b, const char *s, size_t n)
{
  if (b->n + n + 1 > b->cap) {
    size_t cap = b->cap ? b->cap * 2 : 64;
    while (cap < b->n + n + 1) cap *= 2;
    b->b = realloc(b->b, cap);
    if (b->b == NULL) abort();
    b->cap = cap;
  }
  memcpy(b->b + b->n, s, n);
  b->n += n;
}

/* Append code point [c] encoded in UTF-8. */
static void buf_utf8(Buf *b, uint32_t c)
{
  char u[4];
  int n;
  if (c < 0x80) { u[0] = (char)c; n = 1; }
  else if (c < 0x800) { u[0] = (char)(0xC0 | (c >> 6)); u[1] = (char)(0x80 | (c & 0x3F)); n = 2; }
  else if (c < 0x10000) {
    u[0] = (char)(0xE0 | (c >> 12)); u[1] = (char)(0x80 | ((c >> 6) & 0x3F));
    u[2] = (char)(0x80 | (c & 0x3F)); n = 3;
  } else {
    u[0] = (char)(0xF0 | (c >> 18)); u[1] = (char)(0x80 | ((c >> 12) & 0x3F));
    u[2] = (char)(0x80 | ((c >> 6) & 0x3F)); u[3] = (char)(0x80 | (c & 0x3F)); n = 4;
  }
  buf_put(b, u, (size_t)n);
}

/* The value of hex digit [c], or -1. */
static int hexval(char c)
{
  if (c >= '0' && c <= '9') return c - '0';
  c = (char)(c | 0x20);
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}

/* Decode the escapes of [s, s+n) into [out] (raw: copy as is).  Returns
** false with [p]'s error set (at token [t]) on a malformed escape. */
static bool decode_escapes(Parser *p, Token t, const char *s, size_t n, bool raw, Buf *out)
{
  size_t i = 0;
  if (raw) { buf_put(out, s, n); return true; }
  while (i < n) {
    char c = s[i];
    if (c != '\\' || i + 1 >= n) { buf_put(out, &c, 1); i++; continue; }
    char e = s[i + 1];
    i += 2;
    switch (e) {
    case '\n': break;
    case '\r': if (i < n && s[i] == '\n') i++; break;
    case '\\': buf_put(out, "\\", 1); break;
    case '\'': buf_put(out, "'", 1); break;
    case '"': buf_put(out, "\"", 1); break;
    case 'a': buf_put(out, "\a", 1); break;
    case 'b': buf_put(out, "\b", 1); break;
    case 'f': buf_put(out, "\f", 1); break;
    case 'n': buf_put(out, "\n", 1); break;
    case 'r': buf_put(out, "\r", 1); break;
    case 't': buf_put(out, "\t", 1); break;
    case 'v': buf_put(out, "\v", 1); break;
    case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
      uint32_t v = (uint32_t)(e - '0');
      for (int k = 0; k < 2 && i < n && s[i] >= '0' && s[i] <= '7'; k++) v = v * 8 + (uint32_t)(s[i++] - '0');
      buf_utf8(out, v);
      break;
    }
    case 'x': case 'u': case 'U': {
      int digits = e == 'x' ? 2 : e == 'u' ? 4 : 8;
      uint32_t v = 0;
      for (int k = 0; k < digits; k++) {
        int h = i < n ? hexval(s[i]) : -1;
        if (h < 0) {
          char msg[160];
          size_t pos = i - (size_t)(k + 2);
          snprintf(msg, sizeof msg, "(unicode error) 'unicodeescape' codec can't decode bytes in "
                   "position %zu-%zu: truncated %s escape", pos, i - 1,
                   e == 'x' ? "\\xXX" : e == 'u' ? "\\uXXXX" : "\\UXXXXXXXX");
          parse_error_tok(p, t, msg);
          return false;
        }
        v = v * 16 + (uint32_t)h;
        i++;
      }
      if (v > 0x10FFFF) {
        parse_error_tok(p, t, "(unicode error) 'unicodeescape' codec can't decode bytes: illegal Unicode character");
        return false;
      }
      buf_utf8(out, v);
      break;
    }
    case 'N':
      parse_error_tok(p, t, "\\N{...} escapes are not supported by orrery");
      return false;
    default:                       /* unknown escapes stay as written */
      buf_put(out, s + i - 2, 2);
      break;
    }
  }
  return true;
}

/* See ast_build.h.  The piece keeps the raw token text (pointing into the
** source) until parse_strings decodes the run. */
Node *parse_string_piece(Parser *p, Token t)
{
  Node *n = ast_tok(p->arena, N_CONSTANT, t, t);
  n->u.constant.kind = CONST_STR;
  n->u.constant.str.chars = t.start;
  n->u.constant.str.len = t.len;
  return n;
}

/* The pieces of a run of string literals being joined. */
typedef struct {
  Parser *p;
  NodeList values;     /* N_CONSTANT / N_FORMATTED_VALUE */
  Buf lit;             /* literal text not yet flushed into values */
  bool fstring;        /* at least one f-string in the run */
  Token at;            /* the whole run (for node positions) */
} Joiner;

/* Move the pending literal text into a node. */
static void flush_literal(Joiner *j, Token at)
{
  Node *c;
  if (j->lit.n == 0) return;
  c = ast_tok(j->p->arena, N_CONSTANT, at, at);
  c->u.constant.kind = CONST_STR;
  c->u.constant.str = arena_strdup(j->p->arena, j->lit.b, j->lit.n);
  ast_list_push(j->p->arena, &j->values, c);
  j->lit.n = 0;
}

static bool fstring_body(Joiner *j, Token t, const char *s, size_t n, bool raw, int line, int col,
                         NodeList *out, int depth);

/* Parse [s, s+n) as an expression (eval mode, as if in parentheses) with
** positions shifted to [line]:[col].  Returns the expression or NULL with
** [*sub] filled; [*generic] tells whether the error was Lemon's generic one. */
static Node *sub_parse(Arena *a, const char *s, size_t n, int line, int col, int depth,
                       SyntaxDiag *sub, bool *generic)
{
  Lexer lx;
  Parser sp;
  void *engine;
  Token mode;
  Node *m;
  char *copy = malloc(n + 1);
  if (copy == NULL) abort();
  memcpy(copy, s, n);
  copy[n] = '\0';
  memset(&sp, 0, sizeof sp);
  memset(sub, 0, sizeof *sub);
  sp.arena = a;
  sp.err = sub;
  sp.src = copy;
  sp.fstring_depth = depth;
  lexer_init(&lx, copy, n, true, sub);
  lx.line_base = line - 1;
  lx.col_base = col;
  lx.level = 1;                   /* as if in parentheses: newlines are free */
  lx.brackets[0] = '(';
  engine = GrammarAlloc(malloc, &sp);
  if (engine == NULL) abort();
  memset(&mode, 0, sizeof mode);
  Grammar(engine, TK_EVAL_MODE, mode, &sp);
  for (;;) {
    Token tk = lexer_next(&lx);
    if (tk.kind == TK_ERROR) {
      if (!tk.at_eof) { sp.failed = true; break; }
      tk.kind = 0;                /* the end of the text closes our fake bracket */
    }
    Grammar(engine, tk.kind, tk, &sp);
    if (sp.failed || tk.kind == 0) break;
  }
  GrammarFree(engine, free);
  free(copy);
  *generic = sp.syntax_error;
  m = (!sp.failed && sp.result) ? sp.result->u.block.body.items[0]->u.unary.value : NULL;
  return m;
}

/* Report an f-string error: CPython 3.11 puts the caret just past the
** string token. */
static void fstring_error(Parser *p, Token t, const char *msg)
{
  if (p->failed) return;
  p->failed = true;
  diag_set(p->err, "SyntaxError", t.end_line, t.end_col, t.end_col, "%s", msg);
  /* RAISE_SYNTAX_ERROR: the attributes are those of the token after the
     string, which parse_source knows (see FSTRING_AT_LOOKAHEAD) */
  p->err->tok_line = FSTRING_AT_LOOKAHEAD;
}

/* Parse the expression text [s, s+n) of an f-string field, positioned at
** [line]:[col]. */
static Node *field_expr(Parser *p, Token t, const char *s, size_t n, int line, int col)
{
  SyntaxDiag sub;
  bool generic;
  Node *m;
  size_t k = 0;
  while (k < n && (s[k] == ' ' || s[k] == '\t' || s[k] == '\n' || s[k] == '\r')) k++;
  if (k == n) {
    fstring_error(p, t, "f-string: empty expression not allowed");
    return NULL;
  }
  if (p->fstring_depth > 2) {
    fstring_error(p, t, "f-string: expressions nested too deeply");
    return NULL;
  }
  m = sub_parse(p->arena, s, n, line, col, p->fstring_depth + 1, &sub, &generic);
  if (m == NULL && !p->failed) {
    char msg[300];
    snprintf(msg, sizeof msg, "f-string: %.240s", generic || sub.msg[0] == 0 ? "invalid syntax" : sub.msg);
    fstring_error(p, t, msg);
  }
  return m;
}

/* Parse one replacement field starting just after its '{' at s[*i];
** appends an N_FORMATTED_VALUE (and for "{x=}" the literal "x=") to
** [out].  [line]/[col] track the position of s[*i]. */
static bool fstring_field(Joiner *j, Token t, const char *s, size_t n, size_t *pi, bool raw,
                          int *line, int *col, NodeList *out, int depth)
{
  Parser *p = j->p;
  size_t i = *pi, start = i;
  int eline = *line, ecol = *col;
  int nest = 0;
  char quote = 0;
  /* find the end of the expression: a top-level '!', ':', '=' or '}' */
  for (; i < n; i++) {
    char c = s[i];
    if (quote) { if (c == quote) quote = 0; continue; }
    if (c == '\'' || c == '"') { quote = c; continue; }
    if (c == '(' || c == '[' || c == '{') { nest++; continue; }
    if ((c == ')' || c == ']' || c == '}') && nest > 0) { nest--; continue; }
    if (nest > 0) continue;
    if (c == '}' || c == ':') break;
    if (c == '!' && i + 1 < n && s[i + 1] != '=') break;
    if (c == '=' && i + 1 < n && s[i + 1] != '=' && (i == start || strchr("=!<>", s[i - 1]) == NULL)) break;
    if (c == '#') { fstring_error(p, t, "f-string expression part cannot include '#'"); return false; }
    if (c == '\\') { fstring_error(p, t, "f-string expression part cannot include a backslash"); return false; }
  }
  if (i >= n) { fstring_error(p, t, quote ? "f-string: unterminated string" : "f-string: expecting '}'"); return false; }
  size_t expr_end = i;
  Node *value = field_expr(p, t, s + start, expr_end - start, eline, ecol);
  if (value == NULL) return false;
  int conversion = -1;
  Node *spec = NULL;
  bool self_doc = false;
  if (s[i] == '=') {                 /* {expr=}: the text, then the value */
    self_doc = true;
    i++;
    while (i < n && (s[i] == ' ' || s[i] == '\t')) i++;
    Buf save = j->lit;
    (void)save;
    buf_put(&j->lit, s + start, i - start);
    if (out != &j->values) {
      /* inside a format spec: emit the literal directly */
      Node *c = ast_tok(p->arena, N_CONSTANT, t, t);
      c->u.constant.kind = CONST_STR;
      c->u.constant.str = arena_strdup(p->arena, j->lit.b, j->lit.n);
      j->lit.n = 0;
      ast_list_push(p->arena, out, c);
    }
  }
  if (i < n && s[i] == '!') {
    if (i + 1 >= n || (s[i + 1] != 's' && s[i + 1] != 'r' && s[i + 1] != 'a')) {
      fstring_error(p, t, i + 1 < n && s[i + 1] != '}' && s[i + 1] != ':'
                      ? "f-string: invalid conversion character: expected 's', 'r', or 'a'"
                      : "f-string: missing conversion character");
      return false;
    }
    conversion = s[i + 1];
    i += 2;
  }
  if (i < n && s[i] == ':') {
    NodeList pieces;
    size_t k = i + 1;
    int inner = 0;
    memset(&pieces, 0, sizeof pieces);
    /* the spec runs to the matching '}' */
    for (; k < n; k++) {
      if (s[k] == '{') inner++;
      else if (s[k] == '}') { if (inner == 0) break; inner--; }
    }
    if (k >= n) { fstring_error(p, t, "f-string: expecting '}'"); return false; }
    if (depth >= 2) { fstring_error(p, t, "f-string: expressions nested too deeply"); return false; }
    if (!fstring_body(j, t, s + i + 1, k - i - 1, raw, *line, *col, &pieces, depth + 1)) return false;
    spec = ast_tok(p->arena, N_JOINED_STR, t, t);
    spec->u.list.elts = pieces;
    i = k;
  }
  if (i >= n || s[i] != '}') { fstring_error(p, t, "f-string: expecting '}'"); return false; }
  i++;
  if (self_doc && conversion < 0 && spec == NULL) conversion = 'r';
  if (out == &j->values) flush_literal(j, t);
  Node *fv = ast_tok(p->arena, N_FORMATTED_VALUE, t, t);
  fv->u.formatted.value = value;
  fv->u.formatted.conversion = conversion;
  fv->u.formatted.format_spec = spec;
  ast_list_push(p->arena, out, fv);
  /* advance the position over the field */
  for (size_t k = *pi; k < i; k++) {
    if (s[k] == '\n') { (*line)++; *col = 0; } else (*col)++;
  }
  *pi = i;
  return true;
}

/* Split the body [s, s+n) of an f-string (or of a format spec, depth > 0)
** into literal text and fields, appending to [out]. */
static bool fstring_body(Joiner *j, Token t, const char *s, size_t n, bool raw, int line, int col,
                         NodeList *out, int depth)
{
  Parser *p = j->p;
  size_t i = 0, lit_start = 0;
  Buf spec_lit;
  Buf *lit = depth == 0 ? &j->lit : &spec_lit;
  memset(&spec_lit, 0, sizeof spec_lit);
  while (i < n) {
    char c = s[i];
    if (c == '{' || c == '}') {
      if (!decode_escapes(p, t, s + lit_start, i - lit_start, raw, lit)) goto fail;
      if (i + 1 < n && s[i + 1] == c && depth == 0) {     /* {{ or }} */
        buf_put(lit, &c, 1);
        i += 2; col += 2;
        lit_start = i;
        continue;
      }
      if (c == '}') { fstring_error(p, t, "f-string: single '}' is not allowed"); goto fail; }
      if (depth > 0 && lit->n) {
        Node *k = ast_tok(p->arena, N_CONSTANT, t, t);
        k->u.constant.kind = CONST_STR;
        k->u.constant.str = arena_strdup(p->arena, lit->b, lit->n);
        ast_list_push(p->arena, out, k);
        lit->n = 0;
      }
      i++; col++;
      if (!fstring_field(j, t, s, n, &i, raw, &line, &col, out, depth)) goto fail;
      lit_start = i;
      continue;
    }
    if (c == '\n') { line++; col = 0; } else col++;
    i++;
  }
  if (!decode_escapes(p, t, s + lit_start, n - lit_start, raw, lit)) goto fail;
  if (depth > 0 && lit->n) {
    Node *k = ast_tok(p->arena, N_CONSTANT, t, t);
    k->u.constant.kind = CONST_STR;
    k->u.constant.str = arena_strdup(p->arena, lit->b, lit->n);
    ast_list_push(p->arena, out, k);
  }
  free(spec_lit.b);
  return true;
fail:
  free(spec_lit.b);
  return false;
}

/* See ast_build.h.  Adjacent literals are joined; any f-string in the run
** makes the result an N_JOINED_STR whose neighbouring literal parts are
** merged.  Bytes literals are rejected (orrery has no bytes type). */
Node *parse_strings(Parser *p, NodeList *pieces)
{
  Joiner j;
  Node *first = pieces->items[0], *last = ast_list_last(pieces), *n;
  memset(&j, 0, sizeof j);
  j.p = p;
  for (int k = 0; k < pieces->count; k++) {
    Node *pc = pieces->items[k];
    const char *s = pc->u.constant.str.chars;
    size_t len = pc->u.constant.str.len, pre = 0;
    bool raw = false, f = false, bytes = false;
    Token t;
    memset(&t, 0, sizeof t);
    t.line = pc->line; t.col = pc->col; t.end_line = pc->end_line; t.end_col = pc->end_col;
    t.start = s; t.len = len;
    while (s[pre] != '\'' && s[pre] != '"') {
      char c = (char)(s[pre] | 0x20);
      if (c == 'r') raw = true; else if (c == 'f') f = true; else if (c == 'b') bytes = true;
      pre++;
    }
    if (bytes) { parse_error_tok(p, t, "bytes literals are not supported by orrery"); goto fail; }
    size_t q = (len - pre >= 6 && s[pre + 1] == s[pre] && s[pre + 2] == s[pre]) ? 3 : 1;
    const char *body = s + pre + q;
    size_t blen = len - pre - 2 * q;
    if (f) {
      j.fstring = true;
      if (!fstring_body(&j, t, body, blen, raw, t.line, t.col + (int)(pre + q), &j.values, 0)) goto fail;
    } else if (!decode_escapes(p, t, body, blen, raw, &j.lit)) {
      goto fail;
    }
  }
  if (!j.fstring) {
    n = ast_span(p->arena, N_CONSTANT, first, last);
    n->u.constant.kind = CONST_STR;
    n->u.constant.str = arena_strdup(p->arena, j.lit.b ? j.lit.b : "", j.lit.n);
  } else {
    Token at;
    memset(&at, 0, sizeof at);
    at.line = first->line; at.col = first->col; at.end_line = last->end_line; at.end_col = last->end_col;
    flush_literal(&j, at);
    n = ast_span(p->arena, N_JOINED_STR, first, last);
    n->u.list.elts = j.values;
    /* pieces of a joined string carry the whole run's range, as in 3.11 */
    for (int k = 0; k < j.values.count; k++) {
      Node *v = j.values.items[k];
      v->line = n->line; v->col = n->col; v->end_line = n->end_line; v->end_col = n->end_col;
    }
  }
  free(j.lit.b);
  return n;
fail:
  free(j.lit.b);
  n = ast_span(p->arena, N_CONSTANT, first, last);
  n->u.constant.kind = CONST_STR;
  n->u.constant.str = arena_strdup(p->arena, "", 0);
  return n;
}

/* }====================================================== */

/* {====================================================== the driver */

/* All the tokens of one parse, kept for the error heuristics. */
typedef struct {
  Token *v;
  int n, cap;
} TokVec;

static void tokvec_push(TokVec *tv, Token t)
{
  if (tv->n == tv->cap) {
    tv->cap = tv->cap ? tv->cap * 2 : 256;
    tv->v = realloc(tv->v, sizeof(Token) * (size_t)tv->cap);
    if (tv->v == NULL) abort();
  }
  tv->v[tv->n++] = t;
}

/* Can a token of [kind] end an operand (so that another operand right
** after it is a juxtaposition)? */
static bool ends_operand(int kind)
{
  return kind == TK_NAME || kind == TK_INT || kind == TK_FLOAT || kind == TK_STRING ||
         kind == TK_RPAR || kind == TK_RSQB || kind == TK_RBRACE || kind == TK_TRUE ||
         kind == TK_FALSE || kind == TK_NONE || kind == TK_ELLIPSIS;
}

/* Can a token of [kind] start an operand? */
static bool starts_operand(int kind)
{
  return kind == TK_NAME || kind == TK_INT || kind == TK_FLOAT || kind == TK_STRING ||
         kind == TK_LPAR || kind == TK_LSQB || kind == TK_LBRACE || kind == TK_TRUE ||
         kind == TK_FALSE || kind == TK_NONE || kind == TK_ELLIPSIS || kind == TK_TILDE ||
         kind == TK_NOT || kind == TK_AWAIT || kind == TK_LAMBDA;
}

/* Is [kind] a binary operator inside an expression (for scanning)? */
static bool binary_op(int kind)
{
  switch (kind) {
  case TK_PLUS: case TK_MINUS: case TK_STAR: case TK_SLASH: case TK_DSLASH: case TK_PERCENT:
  case TK_DSTAR: case TK_AT: case TK_LSHIFT: case TK_RSHIFT: case TK_AMPER: case TK_VBAR:
  case TK_CIRCUMFLEX: case TK_LESS: case TK_GREATER: case TK_LESSEQUAL: case TK_GREATEREQUAL:
  case TK_EQEQUAL: case TK_NOTEQUAL: case TK_AND: case TK_OR: case TK_NOT: case TK_IS:
  case TK_IN: case TK_DOT:
    return true;
  default:
    return false;
  }
}

/* Index of the first token of the disjunction that ends at token [end]
** (CPython's `a` in invalid_expression), scanning backwards. */
static int operand_start(const TokVec *tv, int end)
{
  int i = end, depth = 0;
  for (; i >= 0; i--) {
    int k = tv->v[i].kind;
    if (k == TK_RPAR || k == TK_RSQB || k == TK_RBRACE) { depth++; continue; }
    if (k == TK_LPAR || k == TK_LSQB || k == TK_LBRACE) {
      if (depth == 0) return i + 1;
      depth--;
      continue;
    }
    if (depth > 0) continue;
    if (k == TK_COMMA || k == TK_COLON || k == TK_EQUAL || k == TK_COLONEQUAL || k == TK_IF ||
        k == TK_ELSE || k == TK_FOR || k == TK_LAMBDA || k == TK_NEWLINE || k == TK_INDENT ||
        k == TK_DEDENT || k == TK_SEMI || k == TK_RETURN || k == TK_YIELD || k == TK_AUGASSIGN ||
        k == TK_ARROW || k == TK_FROM || k == TK_ASSERT || k == TK_DEL || k == TK_RAISE ||
        k == TK_WHILE || k == TK_ELIF || k == TK_WITH || k == TK_AS || k == TK_IMPORT)
      return i + 1;
    if (k == TK_STAR && (i == 0 || !ends_operand(tv->v[i - 1].kind))) return i + 1;
    if (k == TK_DSTAR && (i == 0 || !ends_operand(tv->v[i - 1].kind))) return i + 1;
    if (k == TK_IN) {
      /* "for x in a b": the in of a for clause ends the scan */
      int j = i - 1, d = 0;
      for (; j >= 0; j--) {
        int kk = tv->v[j].kind;
        if (kk == TK_RPAR || kk == TK_RSQB || kk == TK_RBRACE) d++;
        else if (kk == TK_LPAR || kk == TK_LSQB || kk == TK_LBRACE) { if (d == 0) break; d--; }
        else if (d == 0 && (kk == TK_FOR || kk == TK_COMMA)) break;
      }
      if (j >= 0 && tv->v[j].kind == TK_FOR) return i + 1;
    }
  }
  return 0;
}

/* Index of the last token of the expression that starts at token [from]
** (CPython's `b`): operands joined by operators, calls and subscripts. */
static int operand_end(const TokVec *tv, int from)
{
  int i = from, last = from;
  bool want_operand = true;
  while (i < tv->n) {
    int k = tv->v[i].kind;
    if (want_operand) {
      if (k == TK_LPAR || k == TK_LSQB || k == TK_LBRACE) {
        int d = 0;
        for (; i < tv->n; i++) {
          int kk = tv->v[i].kind;
          if (kk == TK_LPAR || kk == TK_LSQB || kk == TK_LBRACE) d++;
          else if (kk == TK_RPAR || kk == TK_RSQB || kk == TK_RBRACE) { if (--d == 0) break; }
        }
        if (i >= tv->n) return tv->n - 1;
        last = i++;
        want_operand = false;
        continue;
      }
      if (k == TK_MINUS || k == TK_PLUS || k == TK_TILDE || k == TK_NOT || k == TK_AWAIT) { i++; continue; }
      if (starts_operand(k)) { last = i++; want_operand = false; continue; }
      return last;
    }
    if (k == TK_LPAR || k == TK_LSQB) { want_operand = true; continue; }   /* call / subscript */
    if (k == TK_STRING && tv->v[last].kind == TK_STRING) { last = i++; continue; }
    if (binary_op(k) || k == TK_IF || k == TK_ELSE) { want_operand = true; i++; continue; }
    return last;
  }
  return last;
}

/* [t] is the NEWLINE the lexer fakes at the end of an input without a
** final newline ('eval' and 'single' sources: CPython 3.11 fakes none
** there and fails at its ENDMARKER instead)?  Then place [d] as
** RAISE_SYNTAX_ERROR_KNOWN_LOCATION places an error at that token. */
static void at_endmarker(Parser *p, Token t, SyntaxDiag *d)
{
  if (t.kind != TK_NEWLINE || !t.at_eof) return;
  int line, len;
  eof_position(p->src, &line, &len);
  d->line = d->end_line = d->tok_line = line;
  diag_set_offsets(d, 0, 0);
}

/* The keyword that names a block header in CPython's "expected an
** indented block after ..." messages. */
static const char *header_name(int kind, char *buf, size_t size, int line)
{
  const char *kw;
  switch (kind) {
  case TK_IF: kw = "'if' statement"; break;
  case TK_ELIF: kw = "'elif' statement"; break;
  case TK_ELSE: kw = "'else' statement"; break;
  case TK_WHILE: kw = "'while' statement"; break;
  case TK_FOR: kw = "'for' statement"; break;
  case TK_WITH: kw = "'with' statement"; break;
  case TK_TRY: kw = "'try' statement"; break;
  case TK_EXCEPT: kw = "'except' statement"; break;
  case TK_FINALLY: kw = "'finally' statement"; break;
  case TK_DEF: kw = "function definition"; break;
  case TK_CLASS: kw = "class definition"; break;
  default: return NULL;
  }
  snprintf(buf, size, "expected an indented block after %s on line %d", kw, line);
  return buf;
}

/* Fill p->err for the token Lemon rejected, following CPython's most
** frequent invalid_* rules; the generic answer is "invalid syntax" at the
** token. */
static void explain_syntax_error(Parser *p, const TokVec *tv, int at, ParseMode mode)
{
  Token t = p->err_tok;
  Token prev;
  SyntaxDiag *d = p->err;
  char buf[200];
  memset(&prev, 0, sizeof prev);
  if (at > 0) prev = tv->v[at - 1];

  /* a block header followed by a line that is not indented */
  if (at >= 2 && prev.kind == TK_NEWLINE && tv->v[at - 2].kind == TK_COLON && t.kind != TK_INDENT) {
    int i = at - 2;
    while (i > 0 && tv->v[i - 1].kind != TK_NEWLINE && tv->v[i - 1].kind != TK_INDENT &&
           tv->v[i - 1].kind != TK_DEDENT)
      i--;
    if (tv->v[i].kind == TK_ASYNC && i + 1 < at) i++;
    /* "else" etc. start their own header after a DEDENT */
    int k = i;
    for (int j = i; j < at - 2; j++) {
      int kk = tv->v[j].kind;
      if (kk == TK_ELSE || kk == TK_ELIF || kk == TK_EXCEPT || kk == TK_FINALLY) k = j;
    }
    if (tv->v[k].kind == TK_ELSE || tv->v[k].kind == TK_ELIF || tv->v[k].kind == TK_EXCEPT ||
        tv->v[k].kind == TK_FINALLY)
      i = k;
    if (header_name(tv->v[i].kind, buf, sizeof buf, tv->v[i].line)) {
      if (t.at_eof) {
        /* RAISE_INDENTATION_ERROR at the ENDMARKER: no column of its own,
           so the tokenizer's (the end of the last line) and no end */
        int line, len;
        eof_position(p->src, &line, &len);
        diag_set(d, "IndentationError", line, -1, -1, "%s", buf);
        diag_set_offsets(d, len, -1);
        d->eof_offset = true;
        d->tok_line = line;
      } else {
        diag_set(d, "IndentationError", t.line, t.col, t.end_col, "%s", buf);
      }
      return;
    }
  }
  if (t.kind == TK_INDENT) {
    /* the INDENT has no column: the tokenizer's, after the indentation */
    diag_set(d, "IndentationError", t.line, t.col, -1, "unexpected indent");
    diag_set_offsets(d, t.col + 1, -1);
    return;
  }
  if (t.at_eof && mode == PARSE_EVAL && at > 0) {
    /* eval input keeps its NEWLINE tokens in CPython (eval: expressions
       NEWLINE* ENDMARKER): the error is at the first one */
    const char *q = prev.start + prev.len;
    while (*q == ' ' || *q == '\t' || *q == '\f' || *q == '\r') q++;
    if (*q == '#') while (*q && *q != '\n') q++;
    if (*q == '\n') {
      const char *bol = q;
      while (bol > p->src && bol[-1] != '\n') bol--;
      int col = (int)(q - bol);
      diag_set(d, "SyntaxError", prev.end_line, col, col, "invalid syntax");
      return;
    }
  }
  if (t.at_eof && t.kind != TK_NEWLINE) {
    /* at the ENDMARKER (or a closing DEDENT): columns -1, +1 */
    int line, len;
    eof_position(p->src, &line, &len);
    diag_set(d, "SyntaxError", line, -1, -1, "invalid syntax");
    d->tok_line = line;
    return;
  }
  /* def f: */
  if (at >= 2 && prev.kind == TK_NAME && tv->v[at - 2].kind == TK_DEF) {
    diag_set(d, "SyntaxError", t.line, t.col, t.end_col, "expected '('");
    return;
  }
  /* a compound statement's header without its colon */
  if (p->colon_ok && t.kind == TK_NEWLINE) {
    diag_set(d, "SyntaxError", t.line, t.col, t.col, "expected ':'");
    if (t.at_eof) {
      /* at the ENDMARKER of an input without a final newline: the
         tokenizer's column, no end */
      int line, len;
      eof_position(p->src, &line, &len);
      d->line = d->end_line = d->tok_line = line;
      diag_set_offsets(d, len, -1);
    }
    return;
  }
  /* two expressions side by side */
  if (at > 0 && ends_operand(prev.kind) && starts_operand(t.kind) && t.kind != TK_NOT &&
      t.kind != TK_LAMBDA) {
    int a = operand_start(tv, at - 1);
    int b = operand_end(tv, at);
    const Token *ta = &tv->v[a], *tb = &tv->v[b];
    bool legacy = (a == at - 1 && prev.kind == TK_NAME &&
                   ((prev.len == 5 && memcmp(prev.start, "print", 5) == 0) ||
                    (prev.len == 4 && memcmp(prev.start, "exec", 4) == 0)));
    if (legacy && t.kind != TK_LPAR) {
      int e = b;
      /* the whole star_expressions: a, b, c */
      while (e + 2 < tv->n && tv->v[e + 1].kind == TK_COMMA && starts_operand(tv->v[e + 2].kind))
        e = operand_end(tv, e + 2);
      diag_set(d, "SyntaxError", ta->line, ta->col, tv->v[e].end_col,
               "Missing parentheses in call to '%.*s'. Did you mean %.*s(...)?",
               (int)prev.len, prev.start, (int)prev.len, prev.start);
      d->end_line = tv->v[e].end_line;
      return;
    }
    if (tb->level > 0 && !legacy && !(ta->kind == TK_NAME && a + 1 < tv->n && tv->v[a + 1].kind == TK_STRING)) {
      diag_set(d, "SyntaxError", ta->line, ta->col, tb->end_col,
               "invalid syntax. Perhaps you forgot a comma?");
      d->end_line = tb->end_line;
      /* pegen read one token past the second expression */
      if (b + 1 < tv->n && !tv->v[b + 1].at_eof) d->tok_line = tv->v[b + 1].line;
      return;
    }
  }
  /* `if x = 1:` and other '=' where only an expression may be (but not
     eval('x = 1'), where CPython says just "invalid syntax") */
  if (t.kind == TK_EQUAL && at > 0 && ends_operand(prev.kind) && !(mode == PARSE_EVAL && t.level == 0)) {
    int a = operand_start(tv, at - 1);
    if (a == at - 1 && prev.kind == TK_NAME && at + 1 < tv->n && starts_operand(tv->v[at + 1].kind)) {
      int b = operand_end(tv, at + 1);
      diag_set(d, "SyntaxError", prev.line, prev.col, tv->v[b].end_col,
               "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
      d->end_line = tv->v[b].end_line;
      return;
    }
    if (a < at - 1) {
      SyntaxDiag sub;
      bool generic;
      const Token *ta = &tv->v[a];
      Node *e = sub_parse(p->arena, ta->start, (size_t)(prev.start + prev.len - ta->start),
                          ta->line, ta->col, 0, &sub, &generic);
      if (e && named_expr_candidate(e) && e->kind != N_NAME) {
        char msg[200];
        snprintf(msg, sizeof msg, "cannot assign to %s here. Maybe you meant '==' instead of '='?",
                 ast_expr_name(e));
        diag_set(d, "SyntaxError", e->line, e->col, e->end_col, "%s", msg);
        d->end_line = e->end_line;
        return;
      }
    }
  }
  /* `a if b` without its else */
  if (at >= 3 && t.kind != TK_ELSE && t.kind != TK_COLON && ends_operand(prev.kind)) {
    int b = operand_start(tv, at - 1);
    if (b >= 2 && tv->v[b - 1].kind == TK_IF && ends_operand(tv->v[b - 2].kind)) {
      int a = operand_start(tv, b - 2);
      diag_set(d, "SyntaxError", tv->v[a].line, tv->v[a].col, prev.end_col,
               "expected 'else' after 'if' expression");
      d->end_line = prev.end_line;
      return;
    }
  }
  /* a dictionary entry without its ':' */
  if ((t.kind == TK_RBRACE || t.kind == TK_COMMA) && at > 0 && ends_operand(prev.kind)) {
    int a = operand_start(tv, at - 1);
    int i = a - 1, depth = 0;
    bool colon = false;
    if (i >= 0 && tv->v[i].kind == TK_COMMA) {
      for (; i >= 0; i--) {
        int k = tv->v[i].kind;
        if (k == TK_RPAR || k == TK_RSQB || k == TK_RBRACE) depth++;
        else if (k == TK_LPAR || k == TK_LSQB || k == TK_LBRACE) { if (depth == 0) break; depth--; }
        else if (depth == 0 && k == TK_COLON) colon = true;
      }
      if (i >= 0 && tv->v[i].kind == TK_LBRACE && colon) {
        diag_set(d, "SyntaxError", prev.line, prev.col, prev.col, "':' expected after dictionary key");
        diag_set_offsets(d, prev.col + 1, 0);    /* RAISE_SYNTAX_ERROR_KNOWN_RANGE(..., -1) */
        return;
      }
    }
  }
  if (p->except_ok && (t.kind != TK_NEWLINE)) {
    diag_set(d, "SyntaxError", t.line, t.col, t.end_col, "expected 'except' or 'finally' block");
    return;
  }
  diag_set(d, "SyntaxError", t.line, t.col, t.end_col, "invalid syntax");
  if (t.kind == TK_NEWLINE) d->end_col = t.col;     /* no width in CPython */
  else if (t.kind == TK_DEDENT) d->end_col = t.col + 1;
  at_endmarker(p, t, d);
}

/* Is [kind] the first token of a compound statement? */
static bool compound_start(int kind)
{
  return kind == TK_IF || kind == TK_WHILE || kind == TK_FOR || kind == TK_TRY ||
         kind == TK_WITH || kind == TK_DEF || kind == TK_CLASS || kind == TK_ASYNC ||
         kind == TK_AT;
}

/* Does the text end with an empty line (so a REPL compound statement is
** finished)?  Only a truly empty one: a line of spaces continues the block,
** as in CPython's tokenizer (tok_get lets only a column-0 newline through
** at the prompt). */
static bool ends_with_blank_line(const char *s, size_t len)
{
  size_t e = len;
  if (e > 0 && s[e - 1] == '\n') e--;
  else return false;
  if (e > 0 && s[e - 1] == '\r') e--;
  return e == 0 || s[e - 1] == '\n';
}

/* See parse.h. */
Node *parse_source(Arena *a, const char *source, size_t len, ParseMode mode, SyntaxDiag *err)
{
  Parser p;
  Lexer lx;
  SyntaxDiag lexerr, parseerr;
  TokVec tv = { NULL, 0, 0 };
  void *engine;
  Token mode_tok, t;
  bool lex_failed = false;

  memset(err, 0, sizeof *err);
  memset(&lexerr, 0, sizeof lexerr);
  memset(&parseerr, 0, sizeof parseerr);
  memset(&p, 0, sizeof p);
  p.arena = a;
  p.err = &parseerr;
  p.src = source;

  /* a UTF-8 byte order mark is skipped, as CPython does */
  if (len >= 3 && memcmp(source, "\xEF\xBB\xBF", 3) == 0) {
    lexer_init(&lx, source, len, mode == PARSE_EVAL, &lexerr);
    lx.cur = lx.line_start = source + 3;
    lx.col_base = -3;
  } else {
    lexer_init(&lx, source, len, mode == PARSE_EVAL, &lexerr);
  }
  if (!lexer_check_utf8(&lx)) {
    *err = lexerr;
    return NULL;
  }

  engine = GrammarAlloc(malloc, &p);
  if (engine == NULL) abort();
  memset(&mode_tok, 0, sizeof mode_tok);
  Grammar(engine, mode == PARSE_EVAL ? TK_EVAL_MODE : TK_FILE_MODE, mode_tok, &p);

  for (;;) {
    t = lexer_next(&lx);
    if (t.kind == TK_ERROR) { lex_failed = true; break; }
    tokvec_push(&tv, t);
    Grammar(engine, t.kind, t, &p);
    if (p.failed || t.kind == 0) break;
  }
  GrammarFree(engine, free);

  if (lex_failed) {
    /* the tokenizer failed before the parser did */
    *err = lexerr;
    if (mode == PARSE_REPL && (lx.eof_in_string || lx.cont_eof || t.at_eof)) err->incomplete = true;
    free(tv.v);
    return NULL;
  }
  if (p.failed) {
    int at = tv.n - 1;
    Token bad = p.err_tok;
    Token fail = t;                  /* the token Lemon was given: how far the
                                        tokenizer had read (pegen's p->fill) */
    bool lex_error_later = false;
    /* CPython tokenizes the rest of the file after a failed parse; the
       heuristics also look at the tokens after the error */
    if (!(mode == PARSE_REPL && bad.at_eof)) {
      for (;;) {
        t = lexer_next(&lx);
        if (t.kind == TK_ERROR) { lex_error_later = true; break; }
        tokvec_push(&tv, t);
        if (t.kind == 0) break;
      }
    }
    if (p.syntax_error) explain_syntax_error(&p, &tv, at, mode);
    if (parseerr.tok_line == FSTRING_AT_LOOKAHEAD) {
      /* string_parser.c raises at the last token pegen fetched (at the end
         of an input without a final newline: the ENDMARKER, which has no
         column, so the tokenizer's and no end) */
      parseerr.tok_line = 0;
      if (fail.at_eof) {
        int line, len;
        eof_position(source, &line, &len);
        parseerr.line = parseerr.end_line = parseerr.tok_line = line;
        diag_set_offsets(&parseerr, len, -1);
      } else {
        parseerr.line = fail.line;
        parseerr.end_line = fail.end_line;
        diag_set_offsets(&parseerr, fail.col + 1,
                         (fail.kind == TK_NEWLINE ? fail.col : fail.end_col) + 1);
      }
    }
    if (parseerr.stage == DIAG_PARSER && parseerr.tok_line == 0) {
      int reached = fail.end_line > parseerr.end_line ? fail.end_line : parseerr.end_line;
      parseerr.tok_line = reached > parseerr.line ? reached : parseerr.line;
    }
    *err = parseerr;
    if (mode == PARSE_REPL && bad.at_eof && p.syntax_error) err->incomplete = true;
    /* a tokenizer error there replaces the parser's (see the top) */
    if (lex_error_later && strcmp(err->msg, "unexpected indent") != 0 && !err->incomplete) {
      /* only the errors the tokenizer raises itself (syntaxerror()) count:
         those pegen reports from tok->done (TabError, unindent, a stray
         backslash) leave the parser's error standing */
      bool unclosed = strstr(lexerr.msg, "was never closed") != NULL;
      if (unclosed ? err->line > lexerr.line : lexerr.stage == DIAG_TOKENIZER) *err = lexerr;
    }
    free(tv.v);
    return NULL;
  }
  int first_kind = tv.n > 0 ? tv.v[0].kind : 0;
  free(tv.v);
  if (!p.accepted || p.result == NULL) {
    diag_set(err, "SyntaxError", lx.line, -1, -1, "invalid syntax");
    return NULL;
  }
  if (mode == PARSE_REPL && compound_start(first_kind) && !ends_with_blank_line(source, len)) {
    diag_set(err, "SyntaxError", lx.line, -1, -1, "incomplete input");
    err->incomplete = true;
    return NULL;
  }
  return p.result;
}

/* }====================================================== */
