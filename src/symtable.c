/*
** symtable.c -- scope analysis (see symtable.h).
**
** Two passes, as CPython's symtable.c:
**   1. walk the tree, opening a Scope for the module, every def, lambda,
**      class and comprehension, and record per scope which names are
**      parameters, bound, used, or declared global/nonlocal;
**   2. analyze the scopes top-down with the set of names the enclosing
**      functions bind, deciding for each name LOCAL / GLOBAL / FREE / CELL,
**      and bottom-up which names must become cells so a nested function
**      can close over them.
** A class body's own names are not visible to the functions nested in it
** (methods see module globals, not class attributes), but the class passes
** enclosing functions' cells through to its methods.
*/
#include "src/symtable.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The walk's state. */
typedef struct {
  SymTable *st;
  Scope *cur;            /* the scope being filled */
  SyntaxDiag *err;
  bool failed;           /* an error was reported: stop adding */
  int depth;             /* statements and expressions being visited (nesting) */
} Walker;

/* CPython 3.11's symtable limit: 3 x the recursion limit of nested
** statements and expressions, then RecursionError (it keeps the C stack of
** every later recursive pass over the tree in bounds too). */
#define MAX_NESTING (3 * CFG_RECURSION_LIMIT)

/* A small set of names (linear: scopes hold a handful of names). */
typedef struct {
  const char **names;
  int count, cap;
} NameSet;

/* ------------------------------------------------------------ helpers */

static void *xrealloc(void *p, size_t n) {
  void *q = realloc(p, n ? n : 1);
  if (!q) { fprintf(stderr, "orrery: out of memory\n"); abort(); }
  return q;
}

/* Report the first error at [node]'s range; later errors are dropped. */
static void error_at(Walker *w, Node *node, const char *fmt, ...) {
  if (w->failed) return;
  w->failed = true;
  SyntaxDiag *d = w->err;
  memset(d, 0, sizeof *d);
  d->type = "SyntaxError";
  d->stage = DIAG_COMPILER;           /* symtable.c's errors in CPython */
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(d->msg, sizeof d->msg, fmt, ap);
  va_end(ap);
  d->line = node ? node->line : 1;
  d->col = node ? node->col : -1;
  d->end_line = node ? node->end_line : d->line;
  d->end_col = node ? node->end_col : -1;
}

static bool set_has(NameSet *s, const char *name) {
  for (int i = 0; i < s->count; i++)
    if (strcmp(s->names[i], name) == 0) return true;
  return false;
}

static void set_add(NameSet *s, const char *name) {
  if (set_has(s, name)) return;
  if (s->count == s->cap) {
    s->cap = s->cap ? s->cap * 2 : 8;
    s->names = xrealloc(s->names, sizeof(char *) * (size_t)s->cap);
  }
  s->names[s->count++] = name;
}

static void set_remove(NameSet *s, const char *name) {
  for (int i = 0; i < s->count; i++)
    if (strcmp(s->names[i], name) == 0) { s->names[i] = s->names[--s->count]; return; }
}

static void set_copy(NameSet *dst, NameSet *src) {
  for (int i = 0; i < src->count; i++) set_add(dst, src->names[i]);
}

Symbol *symtable_lookup(Scope *scope, const char *name) {
  for (int i = 0; i < scope->nsyms; i++)
    if (strcmp(scope->syms[i].name, name) == 0) return &scope->syms[i];
  return NULL;
}

/* The symbol [name] of [scope], created (with no flags) if new. */
static Symbol *symbol(Scope *scope, const char *name) {
  Symbol *s = symtable_lookup(scope, name);
  if (s) return s;
  if (scope->nsyms == scope->cap) {
    scope->cap = scope->cap ? scope->cap * 2 : 8;
    scope->syms = xrealloc(scope->syms, sizeof(Symbol) * (size_t)scope->cap);
  }
  s = &scope->syms[scope->nsyms++];
  s->name = name;
  s->flags = 0;
  s->res = RES_GLOBAL_IMPLICIT;
  s->decl = NULL;
  return s;
}

/* Open a new scope under the current one and make it current. */
static Scope *push_scope(Walker *w, ScopeKind kind, Node *node, const char *name) {
  Scope *s = xrealloc(NULL, sizeof *s);
  memset(s, 0, sizeof *s);
  s->kind = kind;
  s->node = node;
  s->name = name;
  s->parent = w->cur;
  if (w->cur) {
    Scope *p = w->cur;
    if (p->nchildren == p->child_cap) {
      p->child_cap = p->child_cap ? p->child_cap * 2 : 4;
      p->children = xrealloc(p->children, sizeof(Scope *) * (size_t)p->child_cap);
    }
    p->children[p->nchildren++] = s;
  }
  SymTable *st = w->st;
  if (st->count == st->cap) {
    st->cap = st->cap ? st->cap * 2 : 16;
    st->all = xrealloc(st->all, sizeof(Scope *) * (size_t)st->cap);
  }
  st->all[st->count++] = s;
  w->cur = s;
  return s;
}

static void add_param(Walker *w, Node *arg) {
  Scope *s = w->cur;
  const char *name = arg->u.arg.name.chars;
  Symbol *sym = symbol(s, name);
  if (sym->flags & SYM_PARAM) {
    error_at(w, arg, "duplicate argument '%s' in function definition", name);
    return;
  }
  sym->flags |= SYM_PARAM;
  s->params = xrealloc(s->params, sizeof(char *) * (size_t)(s->nparams + 1));
  s->params[s->nparams++] = name;
}

static void bind(Walker *w, const char *name) { symbol(w->cur, name)->flags |= SYM_BOUND; }

static void use(Walker *w, const char *name) {
  symbol(w->cur, name)->flags |= SYM_USE;
  /* A method calling super() needs the implicit __class__ cell. */
  if (w->cur->kind == SCOPE_FUNCTION && strcmp(name, "super") == 0)
    symbol(w->cur, "__class__")->flags |= SYM_USE;
}

/* ---------------------------------------------------------- the walk */

static void visit_expr(Walker *w, Node *n);
static void visit_stmts(Walker *w, NodeList *l);

static void visit_exprs(Walker *w, NodeList *l) {
  for (int i = 0; i < l->count; i++) visit_expr(w, l->items[i]);
}

/* A target: names are bound, attribute/subscript parts are evaluated. */
static void visit_target(Walker *w, Node *n) {
  if (!n) return;
  switch (n->kind) {
    case N_NAME: bind(w, n->u.name.id.chars); break;
    case N_STARRED: visit_target(w, n->u.starred.value); break;
    case N_TUPLE: case N_LIST:
      for (int i = 0; i < n->u.list.elts.count; i++) visit_target(w, n->u.list.elts.items[i]);
      break;
    case N_ATTRIBUTE: visit_expr(w, n->u.attribute.value); break;
    case N_SUBSCRIPT: visit_expr(w, n->u.subscript.value); visit_expr(w, n->u.subscript.slice); break;
    default: visit_expr(w, n); break;   /* invalid: the compiler reports it */
  }
}

/* Defaults are evaluated in the enclosing scope, at def time. */
static void visit_defaults(Walker *w, Node *args) {
  if (!args) return;
  NodeList *lists[3] = {&args->u.arguments.posonlyargs, &args->u.arguments.args,
                        &args->u.arguments.kwonlyargs};
  for (int k = 0; k < 3; k++)
    for (int i = 0; i < lists[k]->count; i++)
      visit_expr(w, lists[k]->items[i]->u.arg.default_);
}

/* Parameters in varnames order: positional, keyword-only, *args, **kwargs. */
static void add_params(Walker *w, Node *args) {
  if (!args) return;
  NodeList *lists[3] = {&args->u.arguments.posonlyargs, &args->u.arguments.args,
                        &args->u.arguments.kwonlyargs};
  for (int k = 0; k < 3; k++)
    for (int i = 0; i < lists[k]->count; i++) add_param(w, lists[k]->items[i]);
  if (args->u.arguments.vararg) add_param(w, args->u.arguments.vararg);
  if (args->u.arguments.kwarg) add_param(w, args->u.arguments.kwarg);
}

static const char *comp_name(NodeKind k) {
  switch (k) {
    case N_LISTCOMP: return "<listcomp>";
    case N_SETCOMP: return "<setcomp>";
    case N_DICTCOMP: return "<dictcomp>";
    default: return "<genexpr>";
  }
}

static const char *comp_desc(NodeKind k) {
  switch (k) {
    case N_LISTCOMP: return "list comprehension";
    case N_SETCOMP: return "set comprehension";
    case N_DICTCOMP: return "dict comprehension";
    default: return "generator expression";
  }
}

/* A comprehension: the first iterable is evaluated outside, the rest in a
** function scope that receives the first iterator as parameter '.0'. */
static void visit_comprehension(Walker *w, Node *n) {
  NodeList *gens = &n->u.comp.generators;
  if (gens->count == 0) return;
  visit_expr(w, gens->items[0]->u.comprehension.iter);
  Scope *outer = w->cur;
  Scope *s = push_scope(w, SCOPE_FUNCTION, n, comp_name(n->kind));
  s->is_comprehension = true;
  s->is_generator = n->kind == N_GENEXP;
  symbol(s, ".0")->flags |= SYM_PARAM;
  s->params = xrealloc(NULL, sizeof(char *));
  s->params[s->nparams++] = ".0";
  for (int i = 0; i < gens->count; i++) {
    Node *g = gens->items[i];
    if (i > 0) visit_expr(w, g->u.comprehension.iter);
    visit_target(w, g->u.comprehension.target);
    visit_exprs(w, &g->u.comprehension.ifs);
    if (g->u.comprehension.is_async) s->is_async = s->has_await = true;
  }
  if (n->u.comp.key) visit_expr(w, n->u.comp.key);
  visit_expr(w, n->u.comp.elt);
  w->cur = outer;
}

/* `target := value`: inside a comprehension the name belongs to the
** nearest enclosing scope that is not a comprehension. */
static void visit_named_target(Walker *w, Node *target) {
  if (!target || target->kind != N_NAME) { visit_target(w, target); return; }
  const char *name = target->u.name.id.chars;
  if (!w->cur->is_comprehension) { bind(w, name); return; }
  Scope *s = w->cur;
  while (s->is_comprehension) s = s->parent;
  if (s->kind == SCOPE_CLASS) {
    error_at(w, target, "assignment expression within a comprehension cannot be used in a class body");
    return;
  }
  for (Scope *c = w->cur; c != s; c = c->parent)
    symbol(c, name)->flags |= s->kind == SCOPE_FUNCTION ? SYM_NONLOCAL : SYM_GLOBAL;
  symbol(s, name)->flags |= SYM_BOUND;
}

static void visit_expr_(Walker *w, Node *n);
static void visit_stmt_(Walker *w, Node *n);

/* Enter a node one level deeper; false (with RecursionError recorded, as
** CPython's "maximum recursion depth exceeded during compilation") when
** that is too deep.  Each true must be matched by w->depth--. */
static bool enter(Walker *w, Node *n) {
  if (w->failed) return false;
  if (w->depth >= MAX_NESTING) {
    error_at(w, n, "maximum recursion depth exceeded during compilation");
    w->err->type = "RecursionError";
    return false;
  }
  w->depth++;
  return true;
}

static void visit_expr(Walker *w, Node *n) {
  if (n == NULL || !enter(w, n)) return;
  visit_expr_(w, n);
  w->depth--;
}

static void visit_stmt(Walker *w, Node *n) {
  if (n == NULL || !enter(w, n)) return;
  visit_stmt_(w, n);
  w->depth--;
}

static void visit_expr_(Walker *w, Node *n) {
  if (!n || w->failed) return;
  switch (n->kind) {
    case N_NAME: use(w, n->u.name.id.chars); break;
    case N_CONSTANT: break;
    case N_JOINED_STR: case N_LIST: case N_TUPLE: case N_SET:
      visit_exprs(w, &n->u.list.elts); break;
    case N_FORMATTED_VALUE:
      visit_expr(w, n->u.formatted.value); visit_expr(w, n->u.formatted.format_spec); break;
    case N_BINOP: visit_expr(w, n->u.binop.left); visit_expr(w, n->u.binop.right); break;
    case N_UNARYOP: visit_expr(w, n->u.unaryop.operand); break;
    case N_BOOLOP: visit_exprs(w, &n->u.boolop.values); break;
    case N_COMPARE: visit_expr(w, n->u.compare.left); visit_exprs(w, &n->u.compare.comparators); break;
    case N_CALL:
      visit_expr(w, n->u.call.func);
      visit_exprs(w, &n->u.call.args);
      visit_exprs(w, &n->u.call.keywords);
      break;
    case N_KEYWORD: visit_expr(w, n->u.keyword.value); break;
    case N_ATTRIBUTE: visit_expr(w, n->u.attribute.value); break;
    case N_SUBSCRIPT: visit_expr(w, n->u.subscript.value); visit_expr(w, n->u.subscript.slice); break;
    case N_SLICE:
      visit_expr(w, n->u.slice.lower); visit_expr(w, n->u.slice.upper); visit_expr(w, n->u.slice.step);
      break;
    case N_STARRED: visit_expr(w, n->u.starred.value); break;
    case N_DICT: visit_exprs(w, &n->u.dict.keys); visit_exprs(w, &n->u.dict.values); break;
    case N_AWAIT:
      visit_expr(w, n->u.unary.value);
      w->cur->has_await = true;
      if (w->cur->is_comprehension) w->cur->is_async = true;
      break;
    case N_YIELD: case N_YIELD_FROM:
      visit_expr(w, n->u.unary.value);
      if (w->cur->is_comprehension) {
        error_at(w, n, "'yield' inside %s", comp_desc(w->cur->node->kind));
        return;
      }
      if (w->cur->kind == SCOPE_FUNCTION) w->cur->is_generator = true;
      break;
    case N_IFEXP:
      visit_expr(w, n->u.ifexp.test); visit_expr(w, n->u.ifexp.body); visit_expr(w, n->u.ifexp.orelse);
      break;
    case N_LAMBDA: {
      visit_defaults(w, n->u.lambda.args);
      Scope *outer = w->cur;
      Scope *s = push_scope(w, SCOPE_FUNCTION, n, "<lambda>");
      s->is_lambda = true;
      add_params(w, n->u.lambda.args);
      visit_expr(w, n->u.lambda.body);
      w->cur = outer;
      break;
    }
    case N_NAMED_EXPR:
      visit_expr(w, n->u.named.value);
      visit_named_target(w, n->u.named.target);
      break;
    case N_LISTCOMP: case N_SETCOMP: case N_DICTCOMP: case N_GENEXP:
      visit_comprehension(w, n);
      break;
    default: break;
  }
}

/* A `global` / `nonlocal` statement: CPython's ordering checks. */
static void visit_decl(Walker *w, Node *n, bool global) {
  Scope *s = w->cur;
  if (!global && s->kind == SCOPE_MODULE) {
    error_at(w, n, "nonlocal declaration not allowed at module level");
    return;
  }
  const char *what = global ? "global" : "nonlocal";
  for (int i = 0; i < n->u.names.count; i++) {
    const char *name = n->u.names.names[i].chars;
    Symbol *sym = symbol(s, name);
    if (sym->flags & (SYM_PARAM | SYM_BOUND | SYM_USE)) {
      if (sym->flags & SYM_PARAM)
        error_at(w, n, "name '%s' is parameter and %s", name, what);
      else if (sym->flags & SYM_USE)
        error_at(w, n, "name '%s' is used prior to %s declaration", name, what);
      else
        error_at(w, n, "name '%s' is assigned to before %s declaration", name, what);
      return;
    }
    sym->flags |= global ? SYM_GLOBAL : SYM_NONLOCAL;
    if (!sym->decl || !global) sym->decl = n;
  }
}

/* The name an `import a.b.c` binds: 'a' (or the asname). */
static const char *import_binding(Walker *w, Node *alias) {
  if (alias->u.alias.asname.chars) return alias->u.alias.asname.chars;
  const char *name = alias->u.alias.name.chars;
  const char *dot = strchr(name, '.');
  if (!dot) return name;
  /* The arena owns the AST strings; keep a private copy of the prefix. */
  size_t len = (size_t)(dot - name);
  char *first = xrealloc(NULL, len + 1);
  memcpy(first, name, len);
  first[len] = 0;
  SymTable *st = w->st;
  st->owned = xrealloc(st->owned, sizeof(char *) * (size_t)(st->nowned + 1));
  st->owned[st->nowned++] = first;   /* freed by symtable_free */
  return first;
}

static void visit_stmt_(Walker *w, Node *n) {
  if (!n || w->failed) return;
  switch (n->kind) {
    case N_FUNCTION_DEF: {
      bind(w, n->u.funcdef.name.chars);
      visit_exprs(w, &n->u.funcdef.decorators);
      visit_defaults(w, n->u.funcdef.args);
      Scope *outer = w->cur;
      Scope *s = push_scope(w, SCOPE_FUNCTION, n, n->u.funcdef.name.chars);
      s->is_async = n->u.funcdef.is_async;
      add_params(w, n->u.funcdef.args);
      visit_stmts(w, &n->u.funcdef.body);
      w->cur = outer;
      break;
    }
    case N_CLASS_DEF: {
      bind(w, n->u.classdef.name.chars);
      visit_exprs(w, &n->u.classdef.decorators);
      visit_exprs(w, &n->u.classdef.bases);
      visit_exprs(w, &n->u.classdef.keywords);
      Scope *outer = w->cur;
      push_scope(w, SCOPE_CLASS, n, n->u.classdef.name.chars);
      visit_stmts(w, &n->u.classdef.body);
      w->cur = outer;
      break;
    }
    case N_EXPR_STMT: case N_RETURN: visit_expr(w, n->u.unary.value); break;
    case N_DELETE:
      for (int i = 0; i < n->u.list.elts.count; i++) visit_target(w, n->u.list.elts.items[i]);
      break;
    case N_ASSIGN:
      visit_expr(w, n->u.assign.value);
      for (int i = 0; i < n->u.assign.targets.count; i++) visit_target(w, n->u.assign.targets.items[i]);
      break;
    case N_AUG_ASSIGN:
      visit_target(w, n->u.augassign.target);
      visit_expr(w, n->u.augassign.value);
      break;
    case N_ANN_ASSIGN:
      visit_expr(w, n->u.annassign.value);
      visit_target(w, n->u.annassign.target);
      break;
    case N_FOR:
      visit_expr(w, n->u.for_.iter);
      visit_target(w, n->u.for_.target);
      visit_stmts(w, &n->u.for_.body);
      visit_stmts(w, &n->u.for_.orelse);
      if (n->u.for_.is_async) w->cur->has_await = true;
      break;
    case N_WHILE: case N_IF:
      visit_expr(w, n->u.if_.test);
      visit_stmts(w, &n->u.if_.body);
      visit_stmts(w, &n->u.if_.orelse);
      break;
    case N_WITH:
      for (int i = 0; i < n->u.with.items.count; i++) {
        Node *it = n->u.with.items.items[i];
        visit_expr(w, it->u.withitem.context_expr);
        visit_target(w, it->u.withitem.optional_vars);
      }
      visit_stmts(w, &n->u.with.body);
      if (n->u.with.is_async) w->cur->has_await = true;
      break;
    case N_RAISE: visit_expr(w, n->u.raise.exc); visit_expr(w, n->u.raise.cause); break;
    case N_TRY:
      visit_stmts(w, &n->u.try_.body);
      for (int i = 0; i < n->u.try_.handlers.count; i++) {
        Node *h = n->u.try_.handlers.items[i];
        visit_expr(w, h->u.handler.type);
        if (h->u.handler.name.chars) bind(w, h->u.handler.name.chars);
        visit_stmts(w, &h->u.handler.body);
      }
      visit_stmts(w, &n->u.try_.orelse);
      visit_stmts(w, &n->u.try_.finalbody);
      break;
    case N_ASSERT: visit_expr(w, n->u.assert_.test); visit_expr(w, n->u.assert_.msg); break;
    case N_IMPORT:
      for (int i = 0; i < n->u.import.names.count; i++)
        bind(w, import_binding(w, n->u.import.names.items[i]));
      break;
    case N_IMPORT_FROM:
      for (int i = 0; i < n->u.import.names.count; i++) {
        Node *a = n->u.import.names.items[i];
        if (strcmp(a->u.alias.name.chars, "*") == 0) {
          if (w->cur->kind != SCOPE_MODULE) {
            error_at(w, a, "import * only allowed at module level");
            return;
          }
          continue;
        }
        bind(w, a->u.alias.asname.chars ? a->u.alias.asname.chars : a->u.alias.name.chars);
      }
      break;
    case N_GLOBAL: visit_decl(w, n, true); break;
    case N_NONLOCAL: visit_decl(w, n, false); break;
    default: break;   /* pass, break, continue */
  }
}

static void visit_stmts(Walker *w, NodeList *l) {
  for (int i = 0; i < l->count && !w->failed; i++) visit_stmt(w, l->items[i]);
}

/* -------------------------------------------------------- the analysis */

static int cmp_names(const void *a, const void *b) {
  return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Resolve [s]'s names given [bound] (names bound by enclosing functions,
** visible as closures), then its children; add to [free_out] the names
** [s] needs from its parent's cells. */
static void analyze(Walker *w, Scope *s, NameSet *bound, NameSet *free_out) {
  NameSet child_bound = {0}, child_free = {0}, my_free = {0};
  for (int i = 0; i < s->nsyms; i++) {
    Symbol *sym = &s->syms[i];
    if (sym->flags & SYM_GLOBAL) {
      if (sym->flags & SYM_NONLOCAL)
        error_at(w, sym->decl, "name '%s' is nonlocal and global", sym->name);
      sym->res = RES_GLOBAL_EXPLICIT;
    } else if (sym->flags & SYM_NONLOCAL) {
      if (!set_has(bound, sym->name))
        error_at(w, sym->decl, "no binding for nonlocal '%s' found", sym->name);
      sym->res = RES_FREE;
    } else if (sym->flags & (SYM_BOUND | SYM_PARAM)) {
      sym->res = RES_LOCAL;
    } else if (s->kind != SCOPE_MODULE && set_has(bound, sym->name)) {
      sym->res = RES_FREE;
    } else {
      sym->res = RES_GLOBAL_IMPLICIT;
    }
  }
  /* What the children may close over. */
  if (s->kind != SCOPE_MODULE) set_copy(&child_bound, bound);
  for (int i = 0; i < s->nsyms; i++) {
    Symbol *sym = &s->syms[i];
    if (sym->res == RES_GLOBAL_EXPLICIT) set_remove(&child_bound, sym->name);
    if (s->kind == SCOPE_FUNCTION && sym->res == RES_LOCAL) set_add(&child_bound, sym->name);
  }
  if (s->kind == SCOPE_CLASS) set_add(&child_bound, "__class__");
  for (int i = 0; i < s->nchildren; i++) analyze(w, s->children[i], &child_bound, &child_free);

  /* Children's free names become cells here, or pass through. */
  for (int i = 0; i < child_free.count; i++) {
    const char *name = child_free.names[i];
    Symbol *sym = symtable_lookup(s, name);
    if (s->kind == SCOPE_FUNCTION && sym && sym->res == RES_LOCAL) {
      sym->res = RES_CELL;
    } else if (s->kind == SCOPE_CLASS && strcmp(name, "__class__") == 0) {
      s->needs_class_closure = true;
    } else if (s->kind == SCOPE_CLASS && sym && sym->res != RES_FREE) {
      set_add(&my_free, name);      /* the class binds it too: pass it through */
    } else if (!sym) {
      symbol(s, name)->res = RES_FREE;
    }
  }
  for (int i = 0; i < s->nsyms; i++)
    if (s->syms[i].res == RES_FREE) set_add(&my_free, s->syms[i].name);

  /* The scope's cell and free lists, sorted as CPython sorts them. */
  s->ncells = 0;
  s->cellvars = xrealloc(NULL, sizeof(char *) * (size_t)(s->nsyms + 1));
  if (s->needs_class_closure) s->cellvars[s->ncells++] = "__class__";
  for (int i = 0; i < s->nsyms; i++)
    if (s->syms[i].res == RES_CELL) s->cellvars[s->ncells++] = s->syms[i].name;
  qsort(s->cellvars, (size_t)s->ncells, sizeof(char *), cmp_names);
  s->nfrees = my_free.count;
  s->freevars = xrealloc(NULL, sizeof(char *) * (size_t)(my_free.count + 1));
  for (int i = 0; i < my_free.count; i++) s->freevars[i] = my_free.names[i];
  qsort(s->freevars, (size_t)s->nfrees, sizeof(char *), cmp_names);
  for (int i = 0; i < my_free.count; i++) set_add(free_out, my_free.names[i]);

  free(child_bound.names);
  free(child_free.names);
  free(my_free.names);
}

/* ------------------------------------------------------------- the API */

bool symtable_build(SymTable *st, Node *module, SyntaxDiag *err) {
  memset(st, 0, sizeof *st);
  Walker w = {st, NULL, err, false, 0};
  st->top = push_scope(&w, SCOPE_MODULE, module, "<module>");
  visit_stmts(&w, &module->u.block.body);
  if (!w.failed) {
    NameSet none = {0}, top_free = {0};
    analyze(&w, st->top, &none, &top_free);
    free(top_free.names);
  }
  return !w.failed;
}

void symtable_free(SymTable *st) {
  for (int i = 0; i < st->count; i++) {
    Scope *s = st->all[i];
    free(s->syms);
    free(s->children);
    free(s->params);
    free(s->cellvars);
    free(s->freevars);
    free(s);
  }
  free(st->all);
  for (int i = 0; i < st->nowned; i++) free(st->owned[i]);
  free(st->owned);
  memset(st, 0, sizeof *st);
}

Scope *symtable_scope_of(SymTable *st, Node *node) {
  for (int i = 0; i < st->count; i++)
    if (st->all[i]->node == node) return st->all[i];
  return NULL;
}

Resolution symtable_resolve(Scope *scope, const char *name) {
  Symbol *s = symtable_lookup(scope, name);
  return s ? s->res : RES_GLOBAL_IMPLICIT;
}
