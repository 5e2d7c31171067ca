/*
** repl.c -- the interactive shell: read a complete statement (asking the
** parser whether the input is complete), compile it in REPL mode, run it
** (a top-level `await` on the REPL's paused event loop), print errors and go
** on.  Lines starting with ':' are the teaching commands of src/views.c.
**
** On a terminal: libedit line editing, history in ~/.orrery_history, tab
** completion, Ctrl-C and Ctrl-D as CPython's interactive prompt.  libedit
** is opened only then (src/lineedit.h: scripts do not pay for loading it);
** without it, a terminal gets prompts and plain lines as the kernel's line
** discipline edits them, with no history or completion, as CPython's
** prompt without its readline module.  From a pipe: no prompts, no
** editing, unless --echo-input asks for transcript mode (each prompt and
** the line read are printed as a terminal shows them).
*/
#include "src/repl.h"

#include <errno.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/select.h>
#include <unistd.h>
#include <wchar.h>

#include "src/ast.h"
#include "src/diag.h"
#include "src/lineedit.h"
#include "src/parse.h"
#include "src/views.h"
#include "src/vm.h"
#include "runtime/runtime.h"

#define HISTORY_FILE ".orrery_history"
#define HISTORY_LENGTH 1000      /* lines kept, as CPython's site.py */

/* One session of the shell. */
typedef struct Shell {
  Repl repl;                /* what the `:` commands share (views.h) */
  bool echo;                /* transcript mode: show prompts and input read */
  bool editing;             /* on a terminal and libedit loaded: [edit] is set */
  LineEdit edit;            /* libedit's functions and variables */
  char *history_path;       /* malloc'd $HOME/.orrery_history, or NULL */
} Shell;

/* The session libedit's completion callback works for (libedit passes it
** no user data; there is one shell per process). */
static Shell *completing = NULL;

/* {====================================================== reading lines */

/* How reading a line ended. */
typedef enum { LINE_OK, LINE_EOF, LINE_INTERRUPT } LineStatus;

/* Read one line from a pipe into *out (malloc'd, without its newline).  A
** last line without a newline counts; EOF before any character is
** LINE_EOF; a read cut by Ctrl-C is LINE_INTERRUPT. */
static LineStatus read_pipe_line(char **out) {
  size_t cap = 256, len = 0;
  char *buf = malloc(cap);
  if (buf == NULL) return LINE_EOF;
  int c;
  for (;;) {
    errno = 0;
    c = fgetc(stdin);
    if (c == EOF) {
      if (ferror(stdin) && errno == EINTR && vm_sigint_pending) {
        clearerr(stdin);
        free(buf);
        return LINE_INTERRUPT;
      }
      break;
    }
    if (c == '\n') break;
    if (len + 1 == cap) {
      char *b = realloc(buf, cap *= 2);
      if (b == NULL) { free(buf); return LINE_EOF; }
      buf = b;
    }
    buf[len++] = (char)c;
  }
  if (c == EOF && len == 0) { free(buf); return LINE_EOF; }
  if (len > 0 && buf[len - 1] == '\r') len--;     /* a CRLF transcript */
  buf[len] = '\0';
  *out = buf;
  return LINE_OK;
}

/* Read one line after showing [prompt]: libedit on a terminal (the line
** goes to the history), plain stdin from a pipe (echoed with its prompt in
** transcript mode).  On a terminal without libedit, the prompt is printed
** and the line read as from a pipe: the terminal echoes it.  *out is
** malloc'd, without the newline. */
static LineStatus read_line(Shell *sh, const char *prompt, char **out) {
  fflush(stdout);
  fflush(stderr);
  if (!sh->repl.tty) {
    LineStatus st = read_pipe_line(out);
    if (st == LINE_OK && sh->echo) {
      printf("%s%s\n", prompt, *out);
      fflush(stdout);
    }
    return st;
  }
  vm_sigint_pending = 0;              /* a Ctrl-C before the prompt is spent */
  if (!sh->editing) {
    fputs(prompt, stdout);
    fflush(stdout);
    LineStatus st = read_pipe_line(out);
    if (st == LINE_EOF) clearerr(stdin);   /* Ctrl-D: the terminal reads on */
    return st;
  }
  char *line = sh->edit.readline(prompt);
  if (vm_sigint_pending) {            /* Ctrl-C ends libedit's read */
    free(line);
    return LINE_INTERRUPT;
  }
  if (line == NULL) return LINE_EOF;
  if (line[0] != '\0') sh->edit.add_history(line);
  *out = line;
  return LINE_OK;
}

/* }====================================================== */

/* {====================================================== completion */

/* Python 3.11's keywords (keyword.kwlist). */
static const char *const keywords[] = {
  "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
  "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
  "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise",
  "return", "try", "while", "with", "yield", NULL,
};

/* The candidates of one completion: malloc'd strings, sorted, unique. */
typedef struct Matches {
  char **items;
  size_t count, capacity, next;   /* next: the one the generator gives next */
} Matches;

static Matches matches = {NULL, 0, 0, 0};

static void matches_clear(void) {
  for (size_t i = matches.next; i < matches.count; i++) free(matches.items[i]);
  free(matches.items);
  matches = (Matches){NULL, 0, 0, 0};
}

/* Add [head] + [name] (a candidate for the word [head][prefix]) if [name]
** starts with [prefix].  Names starting with '_' are offered only when the
** prefix starts with '_', as CPython's rlcompleter does for attributes. */
static void matches_add(const char *head, const char *name, size_t len, const char *prefix) {
  size_t plen = strlen(prefix);
  if (len < plen || memcmp(name, prefix, plen) != 0) return;
  if (name[0] == '_' && prefix[0] != '_') return;
  if (matches.count == matches.capacity) {
    size_t cap = matches.capacity ? matches.capacity * 2 : 64;
    char **items = realloc(matches.items, cap * sizeof *items);
    if (items == NULL) return;
    matches.items = items;
    matches.capacity = cap;
  }
  size_t hlen = strlen(head);
  char *s = malloc(hlen + len + 1);
  if (s == NULL) return;
  memcpy(s, head, hlen);
  memcpy(s + hlen, name, len);
  s[hlen + len] = '\0';
  matches.items[matches.count++] = s;
}

/* Add the string keys of [d]. */
static void matches_add_keys(const char *head, ObjDict *d, const char *prefix) {
  size_t pos = 0;
  Value k, v;
  while (d != NULL && dict_next(d, &pos, &k, &v))
    if (IS_STR(k)) matches_add(head, AS_STR(k)->chars, AS_STR(k)->len, prefix);
}

static int compare_strings(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

static void matches_sort(void) {
  if (matches.count == 0) return;
  qsort(matches.items, matches.count, sizeof *matches.items, compare_strings);
  size_t n = 1;
  for (size_t i = 1; i < matches.count; i++) {
    if (strcmp(matches.items[i], matches.items[n - 1]) == 0) free(matches.items[i]);
    else matches.items[n++] = matches.items[i];
  }
  matches.count = n;
}

/* Attribute [name] of [obj] if it can be had without running any code: a
** module's global, an instance's own attribute, or a class attribute as it
** sits in the class dict (no descriptor is called: a property is refused).
** False if there is none. */
static bool plain_attribute(VM *vm, Value obj, ObjStr *name, Value *out) {
  ObjClass *cls = NULL;
  ObjDict *own = NULL;                  /* the object's __dict__, if any */
  switch (obj_kind(obj)) {
    case OBJ_MODULE: return AS_MODULE(obj)->dict && dict_get_str(AS_MODULE(obj)->dict, name, out);
    case OBJ_INSTANCE: own = AS_INSTANCE(obj)->dict; break;
    case OBJ_EXCEPTION: own = AS_EXCEPTION(obj)->dict; break;
    case OBJ_CLASS: cls = AS_CLASS(obj); break;
    default: break;
  }
  if (own != NULL && dict_get_str(own, name, out)) return true;
  if (cls == NULL) cls = value_class(vm, obj);
  if (cls == NULL || !class_lookup(cls, name, out)) return false;
  return obj_kind(*out) != OBJ_PROPERTY;
}

/* Is [s] ([len] bytes) a Python identifier (ASCII letters, digits, '_')? */
static bool is_identifier(const char *s, size_t len) {
  if (len == 0 || (s[0] >= '0' && s[0] <= '9')) return false;
  for (size_t i = 0; i < len; i++) {
    char c = s[i];
    if (!(c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
          (c >= '0' && c <= '9') || (unsigned char)c >= 0x80))
      return false;
  }
  return true;
}

/* Look up the dotted name [path] ([len] bytes: "a" or "a.b.c") in the main
** module's globals, then the builtins, then attribute by attribute with
** plain_attribute: no call, no side effect.  False if any part is missing
** or is not a plain name. */
static bool lookup_dotted(VM *vm, const char *path, size_t len, Value *out) {
  size_t i = 0;
  bool first = true;
  while (i <= len) {
    size_t j = i;
    while (j < len && path[j] != '.') j++;
    if (!is_identifier(path + i, j - i)) return false;
    ObjStr *name = str_intern(vm, path + i, j - i);
    if (name == NULL) { vm_take_exception(vm); return false; }
    if (first) {
      if (!dict_get_str(vm->main_module->dict, name, out) &&
          !dict_get_str(vm->builtins, name, out))
        return false;
      first = false;
    } else if (!plain_attribute(vm, *out, name, out)) {
      return false;
    }
    i = j + 1;
  }
  return true;
}

/* Add the attributes dir(obj) lists, unless obj's class defines __dir__ in
** Python (calling it could have side effects). */
static void matches_add_dir(VM *vm, const char *head, Value obj, const char *prefix) {
  ObjClass *cls = IS_OBJ(obj) && obj_kind(obj) != OBJ_CLASS ? value_class(vm, obj) : NULL;
  for (ObjClass *c = cls; c != NULL; c = c->base) {
    Value custom;
    if (!c->is_builtin && dict_get_cstr(vm, c->dict, "__dir__", &custom)) return;
  }
  Value dir, names;
  if (!dict_get_cstr(vm, vm->builtins, "dir", &dir)) return;
  vm_push_root(vm, obj);
  vm_push_root(vm, dir);
  if (vm_call(vm, dir, 1, &obj, NULL, &names)) {
    if (IS_LIST(names)) {
      ObjList *list = AS_LIST(names);
      for (size_t i = 0; i < list->count; i++)
        if (IS_STR(list->items[i]))
          matches_add(head, AS_STR(list->items[i])->chars, AS_STR(list->items[i])->len, prefix);
    }
  } else {
    vm_take_exception(vm);
  }
  vm_pop_root(vm, 2);
}

/* Is [line] (the line being edited, or NULL) blank before column [end]? */
static bool blank_before(const char *line, int end) {
  for (int i = 0; line != NULL && i < end && line[i] != '\0'; i++)
    if (line[i] != ' ' && line[i] != '\t') return false;
  return true;
}

/* Fill [matches] for the word [text] that starts at [start] in [line]:
** at the start of a line (nothing but indentation before it), Tab indents
** by four spaces, as CPython's rlcompleter inserts a tab there; else a `:`
** command at the start of the line, `obj.attr` (obj a dotted name), or a
** name (keywords, the main module's globals, the builtins). */
static void find_matches(VM *vm, const char *line, const char *text, int start) {
  matches_clear();
  if (text[0] == '\0' && blank_before(line, start)) {
    matches_add("", "    ", 4, "");
  } else if (text[0] == ':') {
    if (start == 0)
      for (const char *const *c = repl_command_names; *c != NULL; c++)
        matches_add("", *c, strlen(*c), text);
  } else if (strchr(text, '.') != NULL) {
    const char *dot = strrchr(text, '.');
    Value obj;
    if (lookup_dotted(vm, text, (size_t)(dot - text), &obj)) {
      size_t hlen = (size_t)(dot - text) + 1;
      char *head = malloc(hlen + 1);
      if (head != NULL) {
        memcpy(head, text, hlen);
        head[hlen] = '\0';
        matches_add_dir(vm, head, obj, dot + 1);
        free(head);
      }
    }
  } else {
    for (const char *const *k = keywords; *k != NULL; k++) matches_add("", *k, strlen(*k), text);
    matches_add_keys("", vm->main_module->dict, text);
    matches_add_keys("", vm->builtins, text);
  }
  matches_sort();
}

/* libedit's generator: the [state]-th candidate (0 starts over), malloc'd
** (libedit frees it), or NULL after the last. */
static char *next_match(const char *text, int state) {
  (void)text;
  if (state == 0) matches.next = 0;
  if (matches.next >= matches.count) return NULL;
  return matches.items[matches.next++];
}

/* rl_attempted_completion_function: the candidates for [text], which
** spans [start, end) of the line being edited. */
static char **complete(const char *text, int start, int end) {
  (void)end;
  if (completing == NULL || !completing->editing) return NULL;
  LineEdit *le = &completing->edit;
  find_matches(completing->repl.vm, *le->line_buffer, text, start);
  char **result = le->completion_matches(text, next_match);
  matches_clear();
  return result;
}

/* }====================================================== */

/* {====================================================== history */

/* Load libedit (lineedit_load; without it sh->editing stays false and
** lines are read plain, quietly, as CPython's prompt when its readline
** module cannot be imported) and set it up: completion, and the history
** read from $HOME (none if HOME is unset or empty).  A missing or
** unreadable file is no error. */
/* libedit's key reader (rl_getc_function): one character from the
** terminal, decoded as libedit's own reader does (mbrtowc in the current
** locale; an invalid byte is dropped), but waiting in pselect with SIGINT
** blocked until the wait starts.  libedit reads with a plain read(), and a
** Ctrl-C that lands just before it (while libedit redraws the line after
** listing completions, say) set vm_sigint_pending and then left the read
** waiting for a key.  Here the flag is checked with SIGINT blocked and the
** wait unblocks it atomically: -1 (end of input, for libedit) as soon as
** the flag is set, and read_line then sees it. */
static int read_key(FILE *in) {
  int fd = in != NULL ? fileno(in) : STDIN_FILENO;
  sigset_t intr, old;
  sigemptyset(&intr);
  sigaddset(&intr, SIGINT);
  mbstate_t state;
  memset(&state, 0, sizeof state);
  for (;;) {
    sigprocmask(SIG_BLOCK, &intr, &old);
    if (vm_sigint_pending) {
      sigprocmask(SIG_SETMASK, &old, NULL);
      return -1;
    }
    fd_set ready;
    FD_ZERO(&ready);
    FD_SET(fd, &ready);
    int n = pselect(fd + 1, &ready, NULL, NULL, NULL, &old);
    sigprocmask(SIG_SETMASK, &old, NULL);
    if (n < 0) {
      if (errno == EINTR) continue;   /* a signal: check the flag again */
      return -1;
    }
    char c;
    ssize_t got = read(fd, &c, 1);
    if (got == 0) return -1;
    if (got < 0) {
      if (errno == EINTR || errno == EAGAIN) continue;
      return -1;
    }
    wchar_t wc;
    size_t r = mbrtowc(&wc, &c, 1, &state);
    if (r == (size_t)-2) continue;                  /* more bytes to come */
    if (r == (size_t)-1) { memset(&state, 0, sizeof state); continue; }
    return (int)wc;
  }
}

static void editing_start(Shell *sh) {
  sh->editing = lineedit_load(&sh->edit);
  if (!sh->editing) return;
  LineEdit *le = &sh->edit;
  /* libedit decodes keys and encodes the line in the locale's character
     set, and orrery's text is UTF-8: take the environment's locale, and
     UTF-8 where that is the C locale (as CPython coerces it, PEP 538), so
     that 'café' typed at the prompt is not dropped to 'caf'. */
  if (setlocale(LC_CTYPE, "") == NULL || MB_CUR_MAX == 1) setlocale(LC_CTYPE, "C.UTF-8");
  *le->getc_function = read_key;      /* before libedit initialises itself */
  *le->readline_name = "orrery";
  /* '.' and ':' belong to the word: `obj.attr` and `:command` complete. */
  static char breaks[] = " \t\n\"\\'`@$><=;|&{}()[],+-*/%^~!#";
  *le->completer_word_break_characters = breaks;
  *le->basic_word_break_characters = breaks;
  *le->attempted_completion_function = complete;
  *le->completion_append_character = '\0';
  completing = sh;
  le->using_history();
  le->stifle_history(HISTORY_LENGTH);
  const char *home = getenv("HOME");
  if (home == NULL || home[0] == '\0') return;
  size_t n = strlen(home) + sizeof HISTORY_FILE + 1;
  sh->history_path = malloc(n);
  if (sh->history_path == NULL) return;
  snprintf(sh->history_path, n, "%s/%s", home, HISTORY_FILE);
  le->read_history(sh->history_path);
}

/* Save the history (the lines read before and this session's: the last
** HISTORY_LENGTH, stifle_history keeps no more), as CPython's site.py
** writes its history file at exit; an unwritable file is silently skipped. */
static void editing_end(Shell *sh) {
  if (sh->editing && sh->history_path != NULL && *sh->edit.history_length > 0)
    sh->edit.write_history(sh->history_path);
  free(sh->history_path);
  sh->history_path = NULL;
  completing = NULL;
  matches_clear();
}

/* }====================================================== */

/* {====================================================== running */

/* Is [source] a complete statement?  1 yes (or a syntax error to report),
** 0 needs more lines. */
static int is_complete(const char *source) {
  Arena arena;
  arena_init(&arena);
  SyntaxDiag d;
  memset(&d, 0, sizeof d);
  Node *tree = parse_source(&arena, source, strlen(source), PARSE_REPL, &d);
  arena_free(&arena);
  return tree != NULL || !d.incomplete;
}

/* Print and clear the pending exception as CPython's interactive loop
** does (PyErr_Print).  SystemExit ends the REPL: false, with its exit
** status in *status. */
static bool report(VM *vm, int *status) {
  Value exc = vm_take_exception(vm);
  fflush(stdout);
  if (IS_EXCEPTION(exc) && class_is_subclass(AS_OBJ(exc)->cls, vm->exc_SystemExit)) {
    ObjTuple *args = AS_EXCEPTION(exc)->args;
    Value code = args && args->count > 0 ? args->items[0] : NONE_VAL;
    if (IS_NONE(code)) {
      *status = 0;
    } else if (IS_INT(code)) {
      *status = (int)(AS_INT(code) & 0xff);
    } else if (IS_BOOL(code)) {
      *status = AS_BOOL(code);
    } else {
      ObjStr *s;
      if (value_str(vm, code, &s)) fprintf(stderr, "%s\n", s->chars);
      else vm_take_exception(vm);
      *status = 1;
    }
    return false;
  }
  if (IS_EXCEPTION(exc) && AS_OBJ(exc)->cls == vm->exc_KeyboardInterrupt &&
      AS_EXCEPTION(exc)->traceback == NULL && IS_NONE(AS_EXCEPTION(exc)->context) &&
      IS_NONE(AS_EXCEPTION(exc)->cause)) {
    /* Ctrl-C while the loop waited: no frame to show; on a line of its
    ** own, as `python -m asyncio` reports an interrupted statement. */
    fputs("\nKeyboardInterrupt\n", stderr);
    fflush(stderr);
    return true;
  }
  vm_push_root(vm, exc);
  diag_print_exception(vm, stderr, exc);
  vm_pop_root(vm, 1);
  fflush(stderr);
  return true;
}

/* Call [obj].[method](*args) (False after raising, MemoryError too). */
static bool call_method(VM *vm, Value obj, const char *method, int argc, Value *args,
                        Value *out) {
  ObjStr *name = str_intern(vm, method, strlen(method));
  return name != NULL && vm_call_method(vm, obj, name, argc, args, out);
}

/* After an interrupted `await` statement: cancel the task that
** run_until_complete made for [coro] on [loop] if it is still pending, as
** `python -m asyncio` cancels an interrupted statement.  The task sees the
** CancelledError when the loop next runs; being run_until_complete's own
** task, it is not reported if it is never run again.  Any exception raised
** on the way is dropped: the interruption is what is reported. */
static void cancel_statement_task(VM *vm, Value loop, Value coro) {
  Value asyncio, tasks, it, task, got, ignored;
  ObjStr *name = str_intern(vm, "asyncio", 7);
  if (name == NULL || !runtime_import(vm, name, &asyncio)) goto out;
  vm_push_root(vm, asyncio);
  bool ok = call_method(vm, asyncio, "all_tasks", 1, &loop, &tasks);
  vm_pop_root(vm, 1);
  if (!ok) goto out;
  vm_push_root(vm, tasks);
  if (value_iter(vm, tasks, &it)) {
    vm_push_root(vm, it);
    while (value_next(vm, it, &task) == 1) {
      vm_push_root(vm, task);
      ok = call_method(vm, task, "get_coro", 0, NULL, &got);
      if (ok && IS_OBJ(got) && IS_OBJ(coro) && AS_OBJ(got) == AS_OBJ(coro))
        call_method(vm, task, "cancel", 0, NULL, &ignored);
      vm_pop_root(vm, 1);
      if (!IS_UNDEF(vm->exception)) break;
    }
    vm_pop_root(vm, 1);
  }
  vm_pop_root(vm, 1);
out:
  vm_take_exception(vm);
}

/* Run the coroutine of a statement with top-level await ([coro], from
** vm_run_code) on the REPL's event loop until it is done, with
** loop.run_until_complete, so the loop stops again afterwards and other
** tasks advance only as far as that takes.  The statement itself prints an
** expression's value (PRINT_EXPR).  If it ends with an exception while its
** task is still pending (Ctrl-C while the loop waited), the task is
** cancelled (cancel_statement_task).  False with the exception pending. */
static bool run_await(Shell *sh, Value coro) {
  VM *vm = sh->repl.vm;
  Value loop, result;
  vm_push_root(vm, coro);
  bool ok = repl_loop(&sh->repl, &loop);
  if (ok) {
    vm_push_root(vm, loop);
    ok = call_method(vm, loop, "run_until_complete", 1, &coro, &result);
    if (!ok) {
      Value exc = vm_take_exception(vm);
      vm_push_root(vm, exc);
      cancel_statement_task(vm, loop, coro);
      vm->exception = exc;
      vm_pop_root(vm, 1);
    }
    vm_pop_root(vm, 1);
  }
  vm_pop_root(vm, 1);
  return ok;
}

/* Compile and run one complete statement [source] in __main__.  False when
** the REPL must end (SystemExit), with the exit status in *status. */
static bool run_statement(Shell *sh, const char *source, int *status) {
  VM *vm = sh->repl.vm;
  vm_sigint_pending = 0;              /* a Ctrl-C typed before is spent */
  ObjCode *code = vm_compile(vm, source, "<stdin>", PARSE_REPL);
  if (code == NULL) return report(vm, status);
  vm_push_root(vm, OBJ_VAL(code));
  views_note_source(vm, code, source);  /* :where and :step quote its lines */
  Value result;
  VMResult r = vm_run_code(vm, code, vm->main_module->dict, &result);
  if (r == VM_SUSPEND) r = run_await(sh, result) ? VM_RETURN : VM_ERROR;
  vm_pop_root(vm, 1);
  fflush(stdout);
  return r != VM_ERROR || report(vm, status);
}

/* Run a `:` command line.  False when the REPL must end (:quit, or a
** SystemExit raised by what the command ran). */
static bool run_command(Shell *sh, char *line, int *status) {
  size_t n = strlen(line);
  while (n > 0 && (line[n - 1] == ' ' || line[n - 1] == '\t')) line[--n] = '\0';
  vm_sigint_pending = 0;
  bool ok = repl_command(&sh->repl, line);
  fflush(sh->repl.out);
  if (!ok && !report(sh->repl.vm, status)) return false;
  return !sh->repl.quit;
}

/* Ctrl-C at the prompt: the input typed so far is dropped and, as
** CPython's prompt does, "KeyboardInterrupt" is shown on a new line.  (A
** --timeout that fired is handled by vm_handle_sigint, which ends the
** process.) */
static void interrupted_at_prompt(VM *vm) {
  if (!vm_handle_sigint(vm)) vm_take_exception(vm);
  vm_sigint_pending = 0;
  fflush(stdout);
  fputs("\nKeyboardInterrupt\n", stderr);
  fflush(stderr);
}

/* }====================================================== */

int repl_run(VM *vm, int flags) {
  Shell sh;
  memset(&sh, 0, sizeof sh);
  sh.repl.vm = vm;
  sh.repl.out = stdout;
  sh.repl.tty = isatty(STDIN_FILENO);
  const char *no_colour = getenv("NO_COLOR");
  sh.repl.colour = isatty(STDOUT_FILENO) && (no_colour == NULL || no_colour[0] == '\0');
  sh.echo = (flags & REPL_ECHO) && !sh.repl.tty;
  int status = 0;
  int base_roots = vm->root_count;
  vm_push_root(vm, UNDEF_VAL);          /* the REPL's event loop (repl_loop) */
  sh.repl.loop_root = base_roots;
  if (sh.repl.tty) {
    const char *bold = sh.repl.colour ? "\033[1m" : "", *plain = sh.repl.colour ? "\033[0m" : "";
    printf("%sorrery %s%s (Python 3.11 subset) -- the event loop waits for you.\n", bold,
           ORRERY_VERSION, plain);
    printf("Type :help for the loop commands, Ctrl-D to leave.\n");
    editing_start(&sh);
  }
  /* The loop exists from the start, so asyncio.get_event_loop() at the
  ** prompt is the loop that `await` and :step run. */
  Value loop;
  if (!repl_loop(&sh.repl, &loop)) report(vm, &status);

  char *buffer = NULL;                  /* the statement read so far */
  size_t len = 0;
  for (;;) {
    char *line = NULL;
    LineStatus st = read_line(&sh, buffer ? "... " : ">>> ", &line);
    if (st == LINE_INTERRUPT) {
      interrupted_at_prompt(vm);
      free(buffer);
      buffer = NULL;
      len = 0;
      continue;
    }
    bool at_eof = false;
    if (st == LINE_EOF) {
      /* Ctrl-D: leave, or run the pending statement first (CPython). */
      if (sh.repl.tty) putchar('\n');
      if (buffer == NULL) break;
      line = strdup("");
      if (line == NULL) break;
      at_eof = true;
    }
    if (buffer == NULL && line[0] == ':') {
      bool go_on = run_command(&sh, line, &status);
      free(line);
      if (!go_on) break;
      continue;
    }
    size_t n = strlen(line);
    char *b = realloc(buffer, len + n + 2);
    if (b == NULL) { free(line); break; }
    buffer = b;
    memcpy(buffer + len, line, n);
    len += n;
    buffer[len++] = '\n';
    buffer[len] = '\0';
    free(line);
    if (len == 1) { free(buffer); buffer = NULL; len = 0; continue; }   /* empty line */
    if (!at_eof && !is_complete(buffer)) continue;
    bool go_on = run_statement(&sh, buffer, &status);
    free(buffer);
    buffer = NULL;
    len = 0;
    if (!go_on) break;
  }
  free(buffer);
  if (sh.repl.tty) editing_end(&sh);
  vm->root_count = base_roots;
  runtime_shutdown(vm);
  if (!IS_UNDEF(vm->exception)) report(vm, &status);
  fflush(stdout);
  return status;
}
