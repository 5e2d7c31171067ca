/*
** mangle.c -- private name mangling, done on the AST before scope
** analysis so that the symbol table and the compiler see one spelling.
**
** Inside the body of class C (and of every function nested in it, up to
** the next class), an identifier that starts with two underscores and does
** not end with two is renamed _C__name, with C's leading underscores
** dropped; a class named only with underscores mangles nothing.
*/
#include "src/mangle.h"

#include <string.h>

#include "src/object.h"

typedef struct {
  VM *vm;
  const char *cls;   /* the private class name in force, or NULL */
  bool ok;
} Mangler;

/* Mangle [*s] in place if it is private. */
static void name(Mangler *m, AstStr *s) {
  if (m->cls == NULL || s->chars == NULL || s->len < 3) return;
  const char *n = s->chars;
  if (n[0] != '_' || n[1] != '_') return;
  if (n[s->len - 1] == '_' && n[s->len - 2] == '_') return;   /* __dunder__ */
  if (memchr(n, '.', s->len) != NULL) return;                  /* dotted import */
  const char *c = m->cls;
  while (*c == '_') c++;
  if (*c == '\0') return;                                      /* class "___" */
  size_t clen = strlen(c), len = 1 + clen + s->len;
  char buf[512];
  if (len >= sizeof buf) return;
  buf[0] = '_';
  memcpy(buf + 1, c, clen);
  memcpy(buf + 1 + clen, n, s->len);
  ObjStr *r = str_intern(m->vm, buf, len);
  if (r == NULL) { m->ok = false; return; }
  s->chars = r->chars;
  s->len = r->len;
}

static void node(Mangler *m, Node *n);

static void list(Mangler *m, NodeList *l) {
  for (int i = 0; i < l->count; i++) node(m, l->items[i]);
}

/* A function's parameters, defaults and annotations. */
static void arguments(Mangler *m, Node *a) {
  if (a == NULL) return;
  NodeList *groups[] = {&a->u.arguments.posonlyargs, &a->u.arguments.args, &a->u.arguments.kwonlyargs};
  for (int g = 0; g < 3; g++) list(m, groups[g]);
  node(m, a->u.arguments.vararg);
  node(m, a->u.arguments.kwarg);
}

static void node(Mangler *m, Node *n) {
  if (n == NULL || !m->ok) return;
  switch (n->kind) {
    case N_NAME: name(m, &n->u.name.id); break;
    case N_CONSTANT: break;
    case N_JOINED_STR: case N_LIST: case N_TUPLE: case N_SET: case N_DELETE:
      list(m, &n->u.list.elts); break;
    case N_FORMATTED_VALUE: node(m, n->u.formatted.value); node(m, n->u.formatted.format_spec); break;
    case N_BINOP: node(m, n->u.binop.left); node(m, n->u.binop.right); break;
    case N_UNARYOP: node(m, n->u.unaryop.operand); break;
    case N_BOOLOP: list(m, &n->u.boolop.values); break;
    case N_COMPARE: node(m, n->u.compare.left); list(m, &n->u.compare.comparators); break;
    case N_CALL: node(m, n->u.call.func); list(m, &n->u.call.args); list(m, &n->u.call.keywords); break;
    case N_KEYWORD: node(m, n->u.keyword.value); break;       /* the keyword itself: never */
    case N_ATTRIBUTE: node(m, n->u.attribute.value); name(m, &n->u.attribute.attr); break;
    case N_SUBSCRIPT: node(m, n->u.subscript.value); node(m, n->u.subscript.slice); break;
    case N_SLICE: node(m, n->u.slice.lower); node(m, n->u.slice.upper); node(m, n->u.slice.step); break;
    case N_STARRED: node(m, n->u.starred.value); break;
    case N_DICT: list(m, &n->u.dict.keys); list(m, &n->u.dict.values); break;
    case N_AWAIT: case N_YIELD: case N_YIELD_FROM: case N_RETURN: case N_EXPR_STMT:
      node(m, n->u.unary.value); break;
    case N_IFEXP: node(m, n->u.ifexp.test); node(m, n->u.ifexp.body); node(m, n->u.ifexp.orelse); break;
    case N_LAMBDA: arguments(m, n->u.lambda.args); node(m, n->u.lambda.body); break;
    case N_NAMED_EXPR: node(m, n->u.named.target); node(m, n->u.named.value); break;
    case N_LISTCOMP: case N_SETCOMP: case N_DICTCOMP: case N_GENEXP:
      node(m, n->u.comp.elt); node(m, n->u.comp.key); list(m, &n->u.comp.generators); break;
    case N_COMPREHENSION:
      node(m, n->u.comprehension.target); node(m, n->u.comprehension.iter);
      list(m, &n->u.comprehension.ifs); break;
    case N_MODULE: list(m, &n->u.block.body); break;
    case N_ASSIGN: list(m, &n->u.assign.targets); node(m, n->u.assign.value); break;
    case N_AUG_ASSIGN: node(m, n->u.augassign.target); node(m, n->u.augassign.value); break;
    case N_ANN_ASSIGN:
      node(m, n->u.annassign.target); node(m, n->u.annassign.annotation); node(m, n->u.annassign.value);
      break;
    case N_RAISE: node(m, n->u.raise.exc); node(m, n->u.raise.cause); break;
    case N_ASSERT: node(m, n->u.assert_.test); node(m, n->u.assert_.msg); break;
    case N_GLOBAL: case N_NONLOCAL:
      for (int i = 0; i < n->u.names.count; i++) name(m, &n->u.names.names[i]);
      break;
    case N_IMPORT: case N_IMPORT_FROM: list(m, &n->u.import.names); break;
    case N_ALIAS:
      /* the name bound: `as` name, else (plain import) the first part */
      if (n->u.alias.asname.chars) name(m, &n->u.alias.asname);
      break;
    case N_IF: case N_WHILE:
      node(m, n->u.if_.test); list(m, &n->u.if_.body); list(m, &n->u.if_.orelse); break;
    case N_FOR:
      node(m, n->u.for_.target); node(m, n->u.for_.iter); list(m, &n->u.for_.body);
      list(m, &n->u.for_.orelse); break;
    case N_WITH: list(m, &n->u.with.items); list(m, &n->u.with.body); break;
    case N_WITH_ITEM: node(m, n->u.withitem.context_expr); node(m, n->u.withitem.optional_vars); break;
    case N_FUNCTION_DEF:
      list(m, &n->u.funcdef.decorators);
      name(m, &n->u.funcdef.name);
      arguments(m, n->u.funcdef.args);
      node(m, n->u.funcdef.returns);
      list(m, &n->u.funcdef.body);
      break;
    case N_CLASS_DEF: {
      list(m, &n->u.classdef.decorators);
      list(m, &n->u.classdef.bases);
      list(m, &n->u.classdef.keywords);
      const char *own = n->u.classdef.name.chars;   /* before its own mangling */
      name(m, &n->u.classdef.name);
      const char *outer = m->cls;
      m->cls = own;
      list(m, &n->u.classdef.body);
      m->cls = outer;
      break;
    }
    case N_ARGUMENTS: arguments(m, n); break;
    case N_ARG: name(m, &n->u.arg.name); node(m, n->u.arg.annotation); node(m, n->u.arg.default_); break;
    case N_TRY:
      list(m, &n->u.try_.body); list(m, &n->u.try_.handlers);
      list(m, &n->u.try_.orelse); list(m, &n->u.try_.finalbody); break;
    case N_EXCEPT_HANDLER:
      node(m, n->u.handler.type);
      if (n->u.handler.name.chars) name(m, &n->u.handler.name);
      list(m, &n->u.handler.body);
      break;
    case N_PASS: case N_BREAK: case N_CONTINUE: case N_KIND__COUNT: break;
  }
}

bool mangle_module(VM *vm, Node *module) {
  Mangler m = {vm, NULL, true};
  node(&m, module);
  return m.ok;
}
