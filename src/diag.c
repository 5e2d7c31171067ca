/*
** diag.c -- tracebacks in CPython 3.11's format, and the registry of
** source texts they quote.  (Syntax-error blocks are in diag_syntax.c.)
*/
#include "src/diag.h"

#include <stdlib.h>
#include <string.h>

#include "src/ast.h"
#include "src/files.h"
#include "src/frame.h"
#include "src/object.h"
#include "src/parse.h"
#include "src/vm.h"
#include "runtime/runtime.h"

/* {====================================================== source registry */

/* One known source text.  Files are read on first use and kept. */
typedef struct Source {
  char *filename;
  char *text;          /* NULL if the file could not be read */
  struct Source *next;
} Source;

static Source *sources = NULL;
static char *line_buf = NULL;

static void free_sources(void) {
  while (sources) {
    Source *n = sources->next;
    free(sources->filename);
    free(sources->text);
    free(sources);
    sources = n;
  }
  free(line_buf);
  line_buf = NULL;
}

static Source *add_source(const char *filename, char *text) {
  static bool registered = false;
  if (!registered) { atexit(free_sources); registered = true; }
  Source *s = malloc(sizeof *s);
  if (s == NULL) { free(text); return NULL; }
  s->filename = strdup(filename);
  s->text = text;
  s->next = sources;
  sources = s;
  return s;
}

void diag_register_source(VM *vm, const char *filename, const char *source) {
  UNUSED(vm);
  for (Source *s = sources; s != NULL; s = s->next) {
    if (strcmp(s->filename, filename) == 0) {
      free(s->text);
      s->text = strdup(source);
      return;
    }
  }
  add_source(filename, strdup(source));
}


const char *diag_source_line(VM *vm, const char *filename, int line) {
  UNUSED(vm);
  /* CPython quotes no source for "<stdin>", "<string>" and the like. */
  if (filename[0] == '<') return NULL;
  Source *s;
  for (s = sources; s != NULL; s = s->next)
    if (strcmp(s->filename, filename) == 0) break;
  if (s == NULL) s = add_source(filename, file_read_path(filename));
  if (s == NULL || s->text == NULL || line < 1) return NULL;
  const char *p = s->text;
  for (int i = 1; i < line && p; i++) {
    p = strchr(p, '\n');
    if (p) p++;
  }
  if (p == NULL || *p == '\0') return NULL;
  const char *end = strchr(p, '\n');
  size_t len = end ? (size_t)(end - p) : strlen(p);
  if (len > 0 && p[len - 1] == '\r') len--;
  free(line_buf);
  line_buf = malloc(len + 1);
  if (line_buf == NULL) return NULL;
  memcpy(line_buf, p, len);
  line_buf[len] = '\0';
  return line_buf;
}

/* }====================================================== */

/* {====================================================== tracebacks */

/* Code points in the first [bytes] bytes of UTF-8 text. */
static int char_offset(const char *s, int bytes) {
  int n = 0;
  for (int i = 0; i < bytes && s[i]; i++)
    if (((unsigned char)s[i] & 0xC0) != 0x80) n++;
  return n;
}

/*
** Where the ~ and ^ markers split for a BinOp or Subscript segment, as
** CPython 3.11's traceback does (_extract_caret_anchors_from_line_segment).
** Offsets are bytes into [segment].  false when there are no anchors.
*/
static bool caret_anchors(const char *segment, int *left_end, int *right_start) {
  Arena arena;
  arena_init(&arena);
  SyntaxDiag d;
  memset(&d, 0, sizeof d);
  Node *tree = parse_source(&arena, segment, strlen(segment), PARSE_FILE, &d);
  bool found = false;
  if (tree && tree->u.block.body.count == 1 && tree->u.block.body.items[0]->kind == N_EXPR_STMT) {
    Node *e = tree->u.block.body.items[0]->u.unary.value;
    if (e->kind == N_BINOP && e->line == 1 && e->u.binop.left->end_line == 1) {
      int i = e->u.binop.left->end_col;
      int limit = e->u.binop.right->col;
      /* the operator: the first non-space character after the left operand
      ** that is not a closing parenthesis */
      while (i < limit && (segment[i] == ' ' || segment[i] == '\t' || segment[i] == ')' ||
                           segment[i] == '\\' || segment[i] == '\n'))
        i++;
      int j = i + 1;
      if (j < limit && segment[j] != ' ' && segment[j] != '\t' && segment[j] != '(') j++;
      *left_end = i;
      *right_start = j;
      found = i < limit;
    } else if (e->kind == N_SUBSCRIPT && e->line == 1) {
      *left_end = e->u.subscript.value->end_col;
      *right_start = e->u.subscript.slice->end_col + 1;
      found = true;
    }
  }
  arena_free(&arena);
  return found;
}

/* Print one traceback entry: File line, source line, and markers. */
static void print_entry(VM *vm, FILE *out, ObjCode *code, uint32_t offset) {
  const CodePosition *pos = code_position(code, offset);
  int line = pos && pos->line > 0 ? pos->line : code->firstlineno;
  fprintf(out, "  File \"%s\", line %d, in %s\n", code->filename ? code->filename->chars : "?",
          line, code->name ? code->name->chars : "?");
  const char *text = diag_source_line(vm, code->filename ? code->filename->chars : "", line);
  if (text == NULL) return;
  char *src = strdup(text);
  if (src == NULL) return;
  int strip = 0;
  while (src[strip] == ' ' || src[strip] == '\t' || src[strip] == '\f') strip++;
  const char *stripped = src + strip;
  int len = (int)strlen(src);
  while (len > strip && (src[len - 1] == ' ' || src[len - 1] == '\t')) len--;
  src[len] = '\0';
  if (*stripped == '\0') { free(src); return; }
  fprintf(out, "    %s\n", stripped);
  if (pos && pos->col >= 0 && pos->end_col >= 0 && pos->line == line) {
    int start = pos->col, end = pos->end_col;
    if (pos->end_line != pos->line) end = len;
    if (start > len) start = len;
    if (end > len) end = len;
    int left_end = -1, right_start = -1;
    bool anchors = false;
    if (pos->end_line == pos->line && end > start) {
      char *seg = strndup(src + start, (size_t)(end - start));
      if (seg) {
        anchors = caret_anchors(seg, &left_end, &right_start);
        free(seg);
      }
    }
    int cstart = char_offset(src, start), cend = char_offset(src, end);
    int cstrip = char_offset(src, strip);
    int stripped_len = char_offset(stripped, (int)strlen(stripped));
    bool partial = cend - cstart < stripped_len;
    if (anchors) {
      left_end = char_offset(src + start, left_end);
      right_start = char_offset(src + start, right_start);
    }
    if (partial || (anchors && right_start - left_end > 0)) {
      fputs("    ", out);
      for (int i = cstrip; i < cstart; i++) fputc(' ', out);
      for (int i = 0; i < cend - cstart; i++) {
        if (anchors) fputc(i >= left_end && i < right_start ? '^' : '~', out);
        else fputc('^', out);
      }
      fputc('\n', out);
    }
  }
  free(src);
}

/* The name of an exception's class as CPython prints it: qualified by its
** module unless that is builtins or __main__. */
static void print_type_name(FILE *out, ObjClass *cls) {
  const char *mod = cls->module ? cls->module->chars : "builtins";
  const char *qual = cls->qualname ? cls->qualname->chars : cls->name->chars;
  if (strcmp(mod, "builtins") == 0 || strcmp(mod, "__main__") == 0) fputs(qual, out);
  else fprintf(out, "%s.%s", mod, qual);
}

/* An attribute of an exception's __dict__, or UNDEF. */
static Value exc_attr(VM *vm, ObjException *e, const char *name) {
  Value v = UNDEF_VAL;
  if (e->dict) dict_get_cstr(vm, e->dict, name, &v);
  return v;
}

static void print_repeated(FILE *out, int n) {
  fprintf(out, "  [Previous line repeated %d more time%s]\n", n, n > 1 ? "s" : "");
}

/* Print one note (str(note) and a newline). */
static void print_note(VM *vm, FILE *out, Value note) {
  ObjStr *s;
  if (value_str(vm, note, &s)) fwrite(s->chars, 1, s->len, out);
  else { vm->exception = UNDEF_VAL; fputs("<note str() failed>", out); }
  fputc('\n', out);
}

/* Print the exception's __notes__ after its last line, as CPython 3.11's
** print_exception_notes: each item of a list or tuple (or each character
** of a str) on its own line, the repr of anything else. */
static void print_notes(VM *vm, FILE *out, Value exc) {
  Value saved = vm->exception, notes;
  vm->exception = UNDEF_VAL;
  ObjStr *key = str_intern(vm, "__notes__", 9);
  if (key == NULL || value_lookup_attr(vm, exc, key, &notes) <= 0) {
    vm->exception = saved;
    return;
  }
  vm_push_root(vm, notes);
  if (IS_LIST(notes) || IS_TUPLE(notes)) {
    for (size_t i = 0;; i++) {   /* a note's __str__ may change the list */
      size_t n = IS_LIST(notes) ? AS_LIST(notes)->count : AS_TUPLE(notes)->count;
      if (i >= n) break;
      print_note(vm, out, IS_LIST(notes) ? AS_LIST(notes)->items[i] : AS_TUPLE(notes)->items[i]);
    }
  } else if (IS_STR(notes)) {
    const ObjStr *s = AS_STR(notes);
    for (size_t i = 0; i < s->len; i++) {
      fputc(s->chars[i], out);
      if (i + 1 == s->len || ((unsigned char)s->chars[i + 1] & 0xC0) != 0x80) fputc('\n', out);
    }
  } else {
    /* CPython 3.11 writes no newline after this one. */
    ObjStr *r;
    if (value_repr(vm, notes, &r)) fwrite(r->chars, 1, r->len, out);
    else { vm->exception = UNDEF_VAL; fputs("<__notes__ repr() failed>", out); }
  }
  vm_pop_root(vm, 1);
  vm->exception = saved;
}

/* Print one exception: its traceback and its last line (with CPython's
** "Did you mean" suggestion), then its notes. */
static void print_one(VM *vm, FILE *out, Value exc) {
  if (!IS_EXCEPTION(exc)) {
    fputs("<unprintable exception>\n", out);
    return;
  }
  ObjException *e = AS_EXCEPTION(exc);
  if (e->traceback) {
    fputs("Traceback (most recent call last):\n", out);
    /* A run of entries with the same file, line and function is cut after
    ** three, as CPython's TB_RECURSIVE_CUTOFF: "[Previous line repeated N
    ** more times]". */
    const ObjCode *last_code = NULL;
    int last_line = -1, count = 0;
    for (ObjTraceback *tb = e->traceback; tb != NULL; tb = tb->next) {
      const CodePosition *pos = code_position(tb->code, tb->offset);
      int line = pos && pos->line > 0 ? pos->line : tb->code->firstlineno;
      if (tb->code != last_code || line != last_line) {
        if (count > 3) print_repeated(out, count - 3);
        last_code = tb->code;
        last_line = line;
        count = 0;
      }
      if (++count <= 3) print_entry(vm, out, tb->code, tb->offset);
    }
    if (count > 3) print_repeated(out, count - 3);
  }
  ObjClass *cls = exc.as.o->cls;
  if (class_is_subclass(cls, vm->exc_SyntaxError)) {
    /* parse_syntax_error: only an exact SyntaxError keeps its end
       position; a text of None prints no source line (exec("break")) */
    Value fn = exc_attr(vm, e, "filename"), ln = exc_attr(vm, e, "lineno");
    Value off = exc_attr(vm, e, "offset"), eln = exc_attr(vm, e, "end_lineno");
    Value eoff = exc_attr(vm, e, "end_offset"), msg = exc_attr(vm, e, "msg");
    Value t = exc_attr(vm, e, "text");
    if (IS_UNDEF(msg) && e->args->count > 0) msg = e->args->items[0];   /* SyntaxError.msg */
    if ((IS_STR(fn) || IS_UNDEF(fn) || IS_NONE(fn)) && IS_INT(ln) && IS_STR(msg)) {
      bool exact = cls == vm->exc_SyntaxError;
      int line = (int)AS_INT(ln);
      diag_print_syntax_error(out, cls->name->chars, IS_STR(fn) ? AS_STR(fn)->chars : "<string>", line,
                              IS_INT(off) ? (int)AS_INT(off) : -1,
                              exact && IS_INT(eln) ? (int)AS_INT(eln) : line,
                              exact && IS_INT(eoff) ? (int)AS_INT(eoff) : -1,
                              IS_STR(t) ? AS_STR(t)->chars : NULL, !exact, AS_STR(msg)->chars);
      print_notes(vm, out, exc);
      return;
    }
  }
  print_type_name(out, cls);
  ObjStr *s = NULL;
  Value saved = vm->exception;
  vm->exception = UNDEF_VAL;
  if (value_str(vm, exc, &s) && s->len > 0) {
    fputs(": ", out);
    fwrite(s->chars, 1, s->len, out);
  }
  vm->exception = UNDEF_VAL;
  ObjStr *hint = exc_suggestion(vm, exc);
  if (hint != NULL) {
    fputs(". Did you mean: '", out);
    fwrite(hint->chars, 1, hint->len, out);
    fputs("'?", out);
  }
  vm->exception = saved;
  fputc('\n', out);
  print_notes(vm, out, exc);
}

/* Print [exc] after its cause or context, oldest first. */
static void print_chain(VM *vm, FILE *out, Value exc, int depth) {
  if (!IS_EXCEPTION(exc) || depth > 100) { print_one(vm, out, exc); return; }
  ObjException *e = AS_EXCEPTION(exc);
  if (IS_EXCEPTION(e->cause)) {
    print_chain(vm, out, e->cause, depth + 1);
    fputs("\nThe above exception was the direct cause of the following exception:\n\n", out);
  } else if (IS_EXCEPTION(e->context) && !e->suppress_context) {
    print_chain(vm, out, e->context, depth + 1);
    fputs("\nDuring handling of the above exception, another exception occurred:\n\n", out);
  }
  print_one(vm, out, exc);
}

void diag_warn_never_awaited(VM *vm, const char *qualname) {
  fflush(stdout);
  Frame *f = vm->frame;
  if (f == NULL) {
    fprintf(stderr, "sys:1: RuntimeWarning: coroutine '%s' was never awaited\n", qualname);
    return;
  }
  const char *file = f->code->filename ? f->code->filename->chars : "?";
  int line = frame_line(f);
  fprintf(stderr, "%s:%d: RuntimeWarning: coroutine '%s' was never awaited\n", file, line, qualname);
  const char *text = diag_source_line(vm, file, line);
  if (text != NULL) {
    while (*text == ' ' || *text == '\t') text++;
    fprintf(stderr, "  %s\n", text);
  }
  fputs("RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n", stderr);
}

void diag_print_exception(VM *vm, FILE *out, Value exc) {
  fflush(stdout);
  print_chain(vm, out, exc, 0);
  fflush(out);
}

/* }====================================================== */
