/*
** ast.c -- the arena that owns a tree, the generic node builders the
** grammar's actions call, target marking (ctx) and the debug dump.
*/
#include "src/ast.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "src/ast_build.h"

/* {====================================================== the arena */

/* One block of arena memory; blocks are chained newest first. */
struct ArenaBlock {
  ArenaBlock *next;     /* the previously allocated block */
  size_t used;          /* bytes handed out from data[] */
  size_t size;          /* capacity of data[] */
  max_align_t data[];   /* the memory (aligned for anything) */
};

#define ARENA_BLOCK 16384

/* See ast.h. */
void arena_init(Arena *a)
{
  a->head = NULL;
}

/* See ast.h.  Large requests get a block of their own. */
void *arena_alloc(Arena *a, size_t size)
{
  size_t need = (size + sizeof(max_align_t) - 1) & ~(sizeof(max_align_t) - 1);
  ArenaBlock *b = a->head;
  if (need == 0) need = sizeof(max_align_t);
  if (b == NULL || b->size - b->used < need) {
    size_t cap = need > ARENA_BLOCK ? need : ARENA_BLOCK;
    b = malloc(sizeof(ArenaBlock) + cap);
    if (b == NULL) return NULL;
    b->size = cap;
    b->used = 0;
    b->next = a->head;
    a->head = b;
  }
  void *mem = (char *)b->data + b->used;
  b->used += need;
  memset(mem, 0, size);
  return mem;
}

/* See ast.h. */
AstStr arena_strdup(Arena *a, const char *s, size_t len)
{
  AstStr r;
  char *m = arena_alloc(a, len + 1);
  if (m == NULL) { r.chars = ""; r.len = 0; return r; }
  if (len) memcpy(m, s, len);
  m[len] = '\0';
  r.chars = m;
  r.len = len;
  return r;
}

/* See ast.h. */
void arena_free(Arena *a)
{
  ArenaBlock *b = a->head;
  while (b) {
    ArenaBlock *next = b->next;
    free(b);
    b = next;
  }
  a->head = NULL;
}

/* }====================================================== */

/* {====================================================== builders */

/* See ast.h.  Out of memory aborts: the front end has no recovery path
** for it and CPython would raise MemoryError anyway. */
Node *ast_new(Arena *a, NodeKind kind, int line, int col, int end_line, int end_col)
{
  Node *n = arena_alloc(a, sizeof(Node));
  if (n == NULL) { fputs("orrery: out of memory\n", stderr); abort(); }
  n->kind = kind;
  n->line = line;
  n->col = col;
  n->end_line = end_line;
  n->end_col = end_col;
  return n;
}

/* See ast.h.  The list doubles its capacity, copying into the arena. */
void ast_list_push(Arena *a, NodeList *list, Node *n)
{
  if (list->count == list->capacity) {
    int cap = list->capacity ? list->capacity * 2 : 4;
    Node **items = arena_alloc(a, sizeof(Node *) * (size_t)cap);
    if (items == NULL) { fputs("orrery: out of memory\n", stderr); abort(); }
    if (list->count) memcpy(items, list->items, sizeof(Node *) * (size_t)list->count);
    list->items = items;
    list->capacity = cap;
  }
  list->items[list->count++] = n;
}

/* See ast_build.h. */
void ast_list_extend(Arena *a, NodeList *to, const NodeList *from)
{
  for (int i = 0; i < from->count; i++) ast_list_push(a, to, from->items[i]);
}

/* See ast_build.h. */
Node *ast_list_last(const NodeList *l)
{
  return l->count ? l->items[l->count - 1] : NULL;
}

/* See ast_build.h. */
Node *ast_tok(Arena *a, NodeKind kind, Token from, Token to)
{
  return ast_new(a, kind, from.line, from.col, to.end_line, to.end_col);
}

/* See ast_build.h. */
Node *ast_span(Arena *a, NodeKind kind, const Node *from, const Node *to)
{
  return ast_new(a, kind, from->line, from->col, to->end_line, to->end_col);
}

/* See ast_build.h. */
void ast_end_at(Node *n, const Node *to)
{
  if (to) { n->end_line = to->end_line; n->end_col = to->end_col; }
}

/* See ast_build.h. */
void ast_end_tok(Node *n, Token to)
{
  n->end_line = to.end_line;
  n->end_col = to.end_col;
}

/* See ast_build.h. */
AstStr ast_str(Arena *a, const char *s, size_t len)
{
  return arena_strdup(a, s, len);
}

/* See ast_build.h. */
Node *ast_name(Arena *a, Token t)
{
  Node *n = ast_tok(a, N_NAME, t, t);
  n->u.name.id = arena_strdup(a, t.start, t.len);
  n->u.name.ctx = CTX_LOAD;
  return n;
}

/* See ast_build.h. */
Node *ast_const_tok(Arena *a, ConstKind kind, Token t)
{
  Node *n = ast_tok(a, N_CONSTANT, t, t);
  n->u.constant.kind = kind;
  return n;
}

/* See ast_build.h. */
Node *ast_binop(Arena *a, Node *l, AstBinOp op, Node *r)
{
  Node *n = ast_span(a, N_BINOP, l, r);
  n->u.binop.left = l;
  n->u.binop.op = op;
  n->u.binop.right = r;
  return n;
}

/* See ast_build.h. */
Node *ast_unary(Arena *a, Token op_tok, AstUnaryOp op, Node *operand)
{
  Node *n = ast_new(a, N_UNARYOP, op_tok.line, op_tok.col, operand->end_line, operand->end_col);
  n->u.unaryop.op = op;
  n->u.unaryop.operand = operand;
  return n;
}

/* See ast_build.h.  Chains are built by the grammar as lists, so that
** "(a or b) or c" keeps its inner node, as CPython's does. */
Node *ast_boolop(Arena *a, AstBoolOp op, Node *first, Node *second)
{
  Node *n = ast_span(a, N_BOOLOP, first, second);
  n->u.boolop.op = op;
  ast_list_push(a, &n->u.boolop.values, first);
  ast_list_push(a, &n->u.boolop.values, second);
  return n;
}

/* See ast_build.h. */
Node *ast_compare(Arena *a, Node *left, AstCmpOp op, Node *right)
{
  Node *n = ast_span(a, N_COMPARE, left, right);
  n->u.compare.left = left;
  ast_compare_push(a, n, op, right);
  return n;
}

/* See ast_build.h.  ops[] is reallocated in the arena at each push (chains
** are short). */
void ast_compare_push(Arena *a, Node *cmp, AstCmpOp op, Node *right)
{
  int k = cmp->u.compare.comparators.count;
  AstCmpOp *ops = arena_alloc(a, sizeof(AstCmpOp) * (size_t)(k + 1));
  if (k) memcpy(ops, cmp->u.compare.ops, sizeof(AstCmpOp) * (size_t)k);
  ops[k] = op;
  cmp->u.compare.ops = ops;
  ast_list_push(a, &cmp->u.compare.comparators, right);
  ast_end_at(cmp, right);
}

/* See ast_build.h. */
Seq ast_seq1(Arena *a, Node *first)
{
  Seq s;
  memset(&s, 0, sizeof s);
  ast_list_push(a, &s.items, first);
  return s;
}

/* See ast_build.h. */
Node *ast_seq_expr(Arena *a, Seq s)
{
  Node *n;
  if (s.items.count == 1 && !s.comma) return s.items.items[0];
  n = ast_span(a, N_TUPLE, s.items.items[0], ast_list_last(&s.items));
  n->u.list.elts = s.items;
  n->u.list.ctx = CTX_LOAD;
  return n;
}

/* See ast_build.h. */
AstBinOp ast_augop(Token t)
{
  switch (t.start[0]) {
  case '+': return AST_ADD;
  case '-': return AST_SUB;
  case '*': return t.start[1] == '*' ? AST_POW : AST_MULT;
  case '/': return t.start[1] == '/' ? AST_FLOORDIV : AST_DIV;
  case '%': return AST_MOD;
  case '@': return AST_MATMULT;
  case '<': return AST_LSHIFT;
  case '>': return AST_RSHIFT;
  case '&': return AST_BITAND;
  case '|': return AST_BITOR;
  default:  return AST_BITXOR;
  }
}

/* See ast.h.  The names of CPython's _PyPegen_get_expr_name. */
const char *ast_expr_name(const Node *n)
{
  switch (n->kind) {
  case N_ATTRIBUTE: return "attribute";
  case N_SUBSCRIPT: return "subscript";
  case N_STARRED: return "starred";
  case N_NAME: return "name";
  case N_LIST: return "list";
  case N_TUPLE: return "tuple";
  case N_LAMBDA: return "lambda";
  case N_CALL: return "function call";
  case N_BOOLOP: case N_BINOP: case N_UNARYOP: return "expression";
  case N_GENEXP: return "generator expression";
  case N_YIELD: case N_YIELD_FROM: return "yield expression";
  case N_AWAIT: return "await expression";
  case N_LISTCOMP: return "list comprehension";
  case N_SETCOMP: return "set comprehension";
  case N_DICTCOMP: return "dict comprehension";
  case N_DICT: return "dict literal";
  case N_SET: return "set display";
  case N_JOINED_STR: case N_FORMATTED_VALUE: return "f-string expression";
  case N_CONSTANT:
    if (n->u.constant.kind == CONST_NONE) return "None";
    if (n->u.constant.kind == CONST_TRUE) return "True";
    if (n->u.constant.kind == CONST_FALSE) return "False";
    if (n->u.constant.kind == CONST_ELLIPSIS) return "ellipsis";
    return "literal";
  case N_COMPARE: return "comparison";
  case N_IFEXP: return "conditional expression";
  case N_NAMED_EXPR: return "named expression";
  default: return "expression";
  }
}

/* See ast_build.h.  Names, attributes and subscripts take the context;
** tuples and lists pass it to their elements; starred to its value. */
Node *ast_set_context(Node *n, ExprContext ctx)
{
  switch (n->kind) {
  case N_NAME: n->u.name.ctx = ctx; return NULL;
  case N_ATTRIBUTE: n->u.attribute.ctx = ctx; return NULL;
  case N_SUBSCRIPT: n->u.subscript.ctx = ctx; return NULL;
  case N_STARRED:
    if (ctx == CTX_DEL) return n;
    n->u.starred.ctx = ctx;
    return ast_set_context(n->u.starred.value, ctx);
  case N_TUPLE: case N_LIST:
    n->u.list.ctx = ctx;
    for (int i = 0; i < n->u.list.elts.count; i++) {
      Node *bad = ast_set_context(n->u.list.elts.items[i], ctx);
      if (bad) return bad;
    }
    return NULL;
  default:
    return n;
  }
}

/* }====================================================== */

/* {====================================================== the dump */

static const char *const kind_names[N_KIND__COUNT] = {
  "Name", "Constant", "JoinedStr", "FormattedValue", "BinOp", "UnaryOp",
  "BoolOp", "Compare", "Call", "keyword", "Attribute", "Subscript", "Slice",
  "Starred", "List", "Tuple", "Set", "Dict", "Await", "Yield", "YieldFrom",
  "IfExp", "Lambda", "NamedExpr", "ListComp", "SetComp", "DictComp",
  "GeneratorExp", "comprehension",
  "Module", "Expr", "Assign", "AugAssign", "AnnAssign", "Return", "Pass",
  "Break", "Continue", "Raise", "Delete", "Assert", "Global", "Nonlocal",
  "Import", "ImportFrom", "alias", "If", "While", "For", "With", "withitem",
  "FunctionDef", "ClassDef", "arguments", "arg", "Try", "ExceptHandler",
};
static const char *const binop_names[] = {
  "Add", "Sub", "Mult", "MatMult", "Div", "Mod", "Pow", "LShift", "RShift",
  "BitOr", "BitXor", "BitAnd", "FloorDiv",
};
static const char *const unop_names[] = { "Invert", "Not", "UAdd", "USub" };
static const char *const cmpop_names[] = {
  "Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn",
};
static const char *const ctx_names[] = { "Load", "Store", "Del" };

/* Print [indent] levels of two spaces. */
static void pad(FILE *f, int indent)
{
  for (int i = 0; i < indent; i++) fputs("  ", f);
}

/* Print a string with Python-like escapes. */
static void dump_str(FILE *f, AstStr s)
{
  fputc('\'', f);
  for (size_t i = 0; i < s.len; i++) {
    unsigned char c = (unsigned char)s.chars[i];
    if (c == '\n') fputs("\\n", f);
    else if (c == '\t') fputs("\\t", f);
    else if (c == '\\') fputs("\\\\", f);
    else if (c == '\'') fputs("\\'", f);
    else if (c < 0x20 || c == 0x7f) fprintf(f, "\\x%02x", c);
    else fputc(c, f);
  }
  fputc('\'', f);
}

static void dump_node(FILE *f, const Node *n, int indent, const char *label);

/* Print a labelled list of children. */
static void dump_list(FILE *f, const NodeList *l, int indent, const char *label)
{
  if (l->count == 0) return;
  pad(f, indent);
  fprintf(f, "%s:\n", label);
  for (int i = 0; i < l->count; i++) dump_node(f, l->items[i], indent + 1, NULL);
}

/* Print one node and its children, one per line, with its position. */
static void dump_node(FILE *f, const Node *n, int indent, const char *label)
{
  pad(f, indent);
  if (label) fprintf(f, "%s: ", label);
  if (n == NULL) { fputs("None\n", f); return; }
  fprintf(f, "%s", (unsigned)n->kind < N_KIND__COUNT ? kind_names[n->kind] : "?");
  switch (n->kind) {
  case N_NAME:
    fprintf(f, " %s %s", n->u.name.id.chars, ctx_names[n->u.name.ctx]);
    break;
  case N_CONSTANT:
    switch (n->u.constant.kind) {
    case CONST_NONE: fputs(" None", f); break;
    case CONST_TRUE: fputs(" True", f); break;
    case CONST_FALSE: fputs(" False", f); break;
    case CONST_ELLIPSIS: fputs(" Ellipsis", f); break;
    case CONST_INT:
      if (n->u.constant.big.chars) fprintf(f, " %s", n->u.constant.big.chars);
      else fprintf(f, " %lld", (long long)n->u.constant.ival);
      break;
    case CONST_FLOAT: fprintf(f, " %.17g", n->u.constant.fval); break;
    case CONST_STR: fputc(' ', f); dump_str(f, n->u.constant.str); break;
    }
    break;
  case N_FORMATTED_VALUE:
    if (n->u.formatted.conversion > 0) fprintf(f, " !%c", n->u.formatted.conversion);
    break;
  case N_BINOP: fprintf(f, " %s", binop_names[n->u.binop.op]); break;
  case N_AUG_ASSIGN: fprintf(f, " %s", binop_names[n->u.augassign.op]); break;
  case N_UNARYOP: fprintf(f, " %s", unop_names[n->u.unaryop.op]); break;
  case N_BOOLOP: fputs(n->u.boolop.op == AST_AND ? " And" : " Or", f); break;
  case N_COMPARE:
    for (int i = 0; i < n->u.compare.comparators.count; i++)
      fprintf(f, " %s", cmpop_names[n->u.compare.ops[i]]);
    break;
  case N_KEYWORD: fprintf(f, " %s", n->u.keyword.name.chars ? n->u.keyword.name.chars : "**"); break;
  case N_ATTRIBUTE: fprintf(f, " .%s %s", n->u.attribute.attr.chars, ctx_names[n->u.attribute.ctx]); break;
  case N_SUBSCRIPT: fprintf(f, " %s", ctx_names[n->u.subscript.ctx]); break;
  case N_STARRED: fprintf(f, " %s", ctx_names[n->u.starred.ctx]); break;
  case N_LIST: case N_TUPLE: fprintf(f, " %s", ctx_names[n->u.list.ctx]); break;
  case N_COMPREHENSION: if (n->u.comprehension.is_async) fputs(" async", f); break;
  case N_FOR: if (n->u.for_.is_async) fputs(" async", f); break;
  case N_WITH: if (n->u.with.is_async) fputs(" async", f); break;
  case N_ANN_ASSIGN: fprintf(f, " simple=%d", n->u.annassign.simple); break;
  case N_GLOBAL: case N_NONLOCAL:
    for (int i = 0; i < n->u.names.count; i++) fprintf(f, " %s", n->u.names.names[i].chars);
    break;
  case N_IMPORT_FROM:
    fprintf(f, " %s level=%d", n->u.import.module.chars ? n->u.import.module.chars : "-",
            n->u.import.level);
    break;
  case N_ALIAS:
    fprintf(f, " %s", n->u.alias.name.chars);
    if (n->u.alias.asname.chars) fprintf(f, " as %s", n->u.alias.asname.chars);
    break;
  case N_FUNCTION_DEF:
    fprintf(f, " %s%s", n->u.funcdef.is_async ? "async " : "", n->u.funcdef.name.chars);
    break;
  case N_CLASS_DEF: fprintf(f, " %s", n->u.classdef.name.chars); break;
  case N_ARG: fprintf(f, " %s", n->u.arg.name.chars); break;
  case N_EXCEPT_HANDLER: if (n->u.handler.name.chars) fprintf(f, " as %s", n->u.handler.name.chars); break;
  default: break;
  }
  fprintf(f, " @%d:%d-%d:%d\n", n->line, n->col, n->end_line, n->end_col);
  indent++;
  switch (n->kind) {
  case N_JOINED_STR: case N_LIST: case N_TUPLE: case N_SET: case N_DELETE:
    dump_list(f, &n->u.list.elts, indent, "elts"); break;
  case N_FORMATTED_VALUE:
    dump_node(f, n->u.formatted.value, indent, "value");
    if (n->u.formatted.format_spec) dump_node(f, n->u.formatted.format_spec, indent, "spec");
    break;
  case N_BINOP:
    dump_node(f, n->u.binop.left, indent, NULL);
    dump_node(f, n->u.binop.right, indent, NULL);
    break;
  case N_UNARYOP: dump_node(f, n->u.unaryop.operand, indent, NULL); break;
  case N_BOOLOP: dump_list(f, &n->u.boolop.values, indent, "values"); break;
  case N_COMPARE:
    dump_node(f, n->u.compare.left, indent, NULL);
    dump_list(f, &n->u.compare.comparators, indent, "comparators");
    break;
  case N_CALL:
    dump_node(f, n->u.call.func, indent, "func");
    dump_list(f, &n->u.call.args, indent, "args");
    dump_list(f, &n->u.call.keywords, indent, "keywords");
    break;
  case N_KEYWORD: dump_node(f, n->u.keyword.value, indent, NULL); break;
  case N_ATTRIBUTE: dump_node(f, n->u.attribute.value, indent, NULL); break;
  case N_SUBSCRIPT:
    dump_node(f, n->u.subscript.value, indent, "value");
    dump_node(f, n->u.subscript.slice, indent, "slice");
    break;
  case N_SLICE:
    dump_node(f, n->u.slice.lower, indent, "lower");
    dump_node(f, n->u.slice.upper, indent, "upper");
    dump_node(f, n->u.slice.step, indent, "step");
    break;
  case N_STARRED: dump_node(f, n->u.starred.value, indent, NULL); break;
  case N_DICT:
    for (int i = 0; i < n->u.dict.keys.count; i++) {
      dump_node(f, n->u.dict.keys.items[i], indent, "key");
      dump_node(f, n->u.dict.values.items[i], indent, "value");
    }
    break;
  case N_AWAIT: case N_YIELD: case N_YIELD_FROM: case N_RETURN: case N_EXPR_STMT:
    if (n->u.unary.value) dump_node(f, n->u.unary.value, indent, NULL);
    break;
  case N_IFEXP:
    dump_node(f, n->u.ifexp.test, indent, "test");
    dump_node(f, n->u.ifexp.body, indent, "body");
    dump_node(f, n->u.ifexp.orelse, indent, "orelse");
    break;
  case N_LAMBDA:
    dump_node(f, n->u.lambda.args, indent, NULL);
    dump_node(f, n->u.lambda.body, indent, "body");
    break;
  case N_NAMED_EXPR:
    dump_node(f, n->u.named.target, indent, NULL);
    dump_node(f, n->u.named.value, indent, NULL);
    break;
  case N_LISTCOMP: case N_SETCOMP: case N_DICTCOMP: case N_GENEXP:
    if (n->u.comp.key) dump_node(f, n->u.comp.key, indent, "key");
    dump_node(f, n->u.comp.elt, indent, "elt");
    dump_list(f, &n->u.comp.generators, indent, "generators");
    break;
  case N_COMPREHENSION:
    dump_node(f, n->u.comprehension.target, indent, "target");
    dump_node(f, n->u.comprehension.iter, indent, "iter");
    dump_list(f, &n->u.comprehension.ifs, indent, "ifs");
    break;
  case N_MODULE: dump_list(f, &n->u.block.body, indent, "body"); break;
  case N_ASSIGN:
    dump_list(f, &n->u.assign.targets, indent, "targets");
    dump_node(f, n->u.assign.value, indent, "value");
    break;
  case N_AUG_ASSIGN:
    dump_node(f, n->u.augassign.target, indent, NULL);
    dump_node(f, n->u.augassign.value, indent, NULL);
    break;
  case N_ANN_ASSIGN:
    dump_node(f, n->u.annassign.target, indent, "target");
    dump_node(f, n->u.annassign.annotation, indent, "annotation");
    if (n->u.annassign.value) dump_node(f, n->u.annassign.value, indent, "value");
    break;
  case N_RAISE:
    if (n->u.raise.exc) dump_node(f, n->u.raise.exc, indent, "exc");
    if (n->u.raise.cause) dump_node(f, n->u.raise.cause, indent, "cause");
    break;
  case N_ASSERT:
    dump_node(f, n->u.assert_.test, indent, "test");
    if (n->u.assert_.msg) dump_node(f, n->u.assert_.msg, indent, "msg");
    break;
  case N_IMPORT: case N_IMPORT_FROM: dump_list(f, &n->u.import.names, indent, "names"); break;
  case N_IF: case N_WHILE:
    dump_node(f, n->u.if_.test, indent, "test");
    dump_list(f, &n->u.if_.body, indent, "body");
    dump_list(f, &n->u.if_.orelse, indent, "orelse");
    break;
  case N_FOR:
    dump_node(f, n->u.for_.target, indent, "target");
    dump_node(f, n->u.for_.iter, indent, "iter");
    dump_list(f, &n->u.for_.body, indent, "body");
    dump_list(f, &n->u.for_.orelse, indent, "orelse");
    break;
  case N_WITH:
    dump_list(f, &n->u.with.items, indent, "items");
    dump_list(f, &n->u.with.body, indent, "body");
    break;
  case N_WITH_ITEM:
    dump_node(f, n->u.withitem.context_expr, indent, NULL);
    if (n->u.withitem.optional_vars) dump_node(f, n->u.withitem.optional_vars, indent, "as");
    break;
  case N_FUNCTION_DEF:
    dump_list(f, &n->u.funcdef.decorators, indent, "decorators");
    dump_node(f, n->u.funcdef.args, indent, NULL);
    if (n->u.funcdef.returns) dump_node(f, n->u.funcdef.returns, indent, "returns");
    dump_list(f, &n->u.funcdef.body, indent, "body");
    break;
  case N_CLASS_DEF:
    dump_list(f, &n->u.classdef.decorators, indent, "decorators");
    dump_list(f, &n->u.classdef.bases, indent, "bases");
    dump_list(f, &n->u.classdef.keywords, indent, "keywords");
    dump_list(f, &n->u.classdef.body, indent, "body");
    break;
  case N_ARGUMENTS:
    dump_list(f, &n->u.arguments.posonlyargs, indent, "posonly");
    dump_list(f, &n->u.arguments.args, indent, "args");
    if (n->u.arguments.vararg) dump_node(f, n->u.arguments.vararg, indent, "vararg");
    dump_list(f, &n->u.arguments.kwonlyargs, indent, "kwonly");
    if (n->u.arguments.kwarg) dump_node(f, n->u.arguments.kwarg, indent, "kwarg");
    break;
  case N_ARG:
    if (n->u.arg.annotation) dump_node(f, n->u.arg.annotation, indent, "annotation");
    if (n->u.arg.default_) dump_node(f, n->u.arg.default_, indent, "default");
    break;
  case N_TRY:
    dump_list(f, &n->u.try_.body, indent, "body");
    dump_list(f, &n->u.try_.handlers, indent, "handlers");
    dump_list(f, &n->u.try_.orelse, indent, "orelse");
    dump_list(f, &n->u.try_.finalbody, indent, "finalbody");
    break;
  case N_EXCEPT_HANDLER:
    if (n->u.handler.type) dump_node(f, n->u.handler.type, indent, "type");
    dump_list(f, &n->u.handler.body, indent, "body");
    break;
  default: break;
  }
}

/* See ast.h. */
void ast_dump(const Node *n, int indent, void *file)
{
  dump_node(file ? (FILE *)file : stdout, n, indent, NULL);
}

/* }====================================================== */
