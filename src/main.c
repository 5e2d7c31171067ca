/*
** main.c -- the command line: run a script, -c code, dis, or the REPL.
** Exit statuses are CPython's: 0 success, 1 uncaught exception or syntax
** error, 2 bad usage (or a script that cannot be opened).
*/
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "src/diag.h"
#include "src/disasm.h"
#include "src/files.h"
#include "src/gc.h"
#include "src/parse.h"
#include "src/repl.h"
#include "src/views.h"
#include "src/vm.h"
#include "runtime/runtime.h"

static const char *USAGE =
  "usage: orrery [option] ... [-c cmd | file | -] [arg] ...\n"
  "       orrery dis FILE.py\n"
  "Options:\n"
  "  -c cmd           program passed in as string (terminates option list)\n"
  "  -i               inspect interactively after running script\n"
  "  --trace          print every coroutine resume/suspend and loop callback to stderr\n"
  "  --virtual-clock  timers jump to the next deadline: sleep() never waits\n"
  "  --max-memory N   raise MemoryError when objects would take more than N bytes\n"
  "                   (suffixes K, M, G: --max-memory 100M)\n"
  "  --timeout S      stop the program after S seconds (real time): a message on\n"
  "                   stderr and exit status 1\n"
  "  -h, --help       print this help message and exit\n"
  "  -V, --version    print the version number and exit\n"
  "file             program read from script file\n"
  "-                program read from stdin (default; interactive mode if a tty)\n"
  "arg ...          arguments passed to program in sys.argv[1:]\n";


/* Report the pending exception the way CPython does at top level and
** return the exit status: SystemExit gives its code, others print a
** traceback and give 1. */
/* The program ended with an uncaught KeyboardInterrupt: like CPython, die
** of SIGINT (exit status -2 to a parent) after printing the traceback. */
static bool died_of_sigint = false;
/* -i: the REPL follows, so an uncaught SystemExit or KeyboardInterrupt is
** printed as a traceback and ends nothing (CPython's inspect mode). */
static bool inspect_after = false;

static int report_uncaught(VM *vm) {
  Value exc = vm_take_exception(vm);
  if (!inspect_after && IS_EXCEPTION(exc) && class_is_subclass(AS_OBJ(exc)->cls, vm->exc_SystemExit)) {
    ObjTuple *args = AS_EXCEPTION(exc)->args;
    Value code = args && args->count > 0 ? args->items[0] : NONE_VAL;
    fflush(stdout);
    if (IS_NONE(code)) return 0;
    if (IS_INT(code)) return (int)(AS_INT(code) & 0xff);
    if (IS_BOOL(code)) return AS_BOOL(code);
    ObjStr *s;
    if (value_str(vm, code, &s)) fprintf(stderr, "%s\n", s->chars);
    return 1;
  }
  vm_push_root(vm, exc);
  diag_print_exception(vm, stderr, exc);
  vm_pop_root(vm, 1);
  if (!inspect_after && IS_EXCEPTION(exc) &&
      class_is_subclass(AS_OBJ(exc)->cls, vm->exc_KeyboardInterrupt))
    died_of_sigint = true;
  return 1;
}

/* Parse --max-memory's argument [s]: a number of bytes with an optional
** suffix K, M or G (powers of 1024; a trailing B is allowed: 64MB).  Returns
** false unless it is a whole positive number that fits a size_t. */
static bool parse_memory_size(const char *s, size_t *out) {
  char *end;
  if (*s < '0' || *s > '9') return false;
  unsigned long long n = strtoull(s, &end, 10);
  unsigned long long mul = 1;
  switch (*end) {
    case 'k': case 'K': mul = 1ULL << 10; end++; break;
    case 'm': case 'M': mul = 1ULL << 20; end++; break;
    case 'g': case 'G': mul = 1ULL << 30; end++; break;
    default: break;
  }
  if ((*end == 'b' || *end == 'B') && mul != 1) end++;
  if (*end != '\0' || n == 0 || n > SIZE_MAX / mul) return false;
  *out = (size_t)(n * mul);
  return true;
}

/* Parse --timeout's argument [s]: seconds, a positive number (1.5 is fine,
** at most a year).  Returns false if it is not one. */
static bool parse_seconds(const char *s, double *out) {
  char *end;
  double d = strtod(s, &end);
  if (end == s || *end != '\0' || !(d > 0) || d > 366.0 * 86400) return false;
  *out = d;
  return true;
}

/* Bad usage of an option that takes a value: CPython's wording, status 2. */
static int bad_option_value(const char *opt, const char *value) {
  if (value == NULL) fprintf(stderr, "Argument expected for the %s option\n", opt);
  else fprintf(stderr, "orrery: invalid value for %s: '%s'\n", opt, value);
  fputs("usage: orrery [option] ... [-c cmd | file | -] [arg] ...\n"
        "Try `orrery -h' for more information.\n", stderr);
  return 2;
}

/* Fill sys.argv. */
static void set_argv(VM *vm, int argc, char **argv) {
  for (int i = 0; i < argc; i++) {
    ObjStr *s = str_from_cstr(vm, argv[i]);
    if (s != NULL) list_append(vm, vm->argv, OBJ_VAL(s));
  }
}

/* Run source text as __main__; returns the exit status. */
static int run_main(VM *vm, const char *source, const char *filename) {
  ObjStr *fn = str_from_cstr(vm, filename);
  if (fn != NULL) dict_set_cstr(vm, vm->main_module->dict, "__file__", OBJ_VAL(fn));
  VMResult r = vm_run_source(vm, source, filename, NULL, false);
  int status = 0;
  if (r == VM_ERROR) status = report_uncaught(vm);
  runtime_shutdown(vm);
  if (!IS_UNDEF(vm->exception) && status == 0) status = report_uncaught(vm);
  fflush(stdout);
  return status;
}

/* orrery dis FILE.py: compile and disassemble, run nothing. */
static int run_dis(VM *vm, const char *path) {
  char *src = file_read_path(path);
  if (src == NULL) {
    fprintf(stderr, "orrery: can't open file '%s': [Errno 2] No such file or directory\n", path);
    return 2;
  }
  ObjCode *code = vm_compile(vm, src, path, PARSE_FILE);
  free(src);
  if (code == NULL) return report_uncaught(vm);
  vm_push_root(vm, OBJ_VAL(code));
  dis_code(vm, stdout, code, UINT32_MAX);
  vm_pop_root(vm, 1);
  return 0;
}

int main(int argc, char **argv) {
  bool interactive_after = false, trace = false, virtual_clock = false;
  int repl_flags = 0;
  size_t max_memory = 0;               /* --max-memory; 0: no cap */
  double timeout = 0;                  /* --timeout; 0: none */
  const char *command = NULL, *script = NULL;
  int i = 1;
  if (argc >= 2 && strcmp(argv[1], "dis") == 0) {
    if (argc != 3) { fputs(USAGE, stderr); return 2; }
    VM *vm = vm_new();
    if (vm == NULL) return 1;
    int status = run_dis(vm, argv[2]);
    vm_free(vm);
    return status;
  }
  for (; i < argc; i++) {
    const char *a = argv[i];
    if (strcmp(a, "-c") == 0) {
      if (i + 1 >= argc) {
        fputs("Argument expected for the -c option\nusage: orrery [option] ... [-c cmd | file | -] [arg] ...\n"
              "Try `orrery -h' for more information.\n", stderr);
        return 2;
      }
      command = argv[++i];
      i++;
      break;
    } else if (strcmp(a, "-i") == 0) {
      interactive_after = true;
    } else if (strcmp(a, "--echo-input") == 0) {
      /* hidden, for transcript tests (tests/repl/): -i, and a REPL reading
         a pipe shows its prompts and the lines it reads (src/repl.h) */
      interactive_after = true;
      repl_flags |= REPL_ECHO;
    } else if (strcmp(a, "--trace") == 0) {
      trace = true;
    } else if (strcmp(a, "--virtual-clock") == 0) {
      virtual_clock = true;
    } else if (strcmp(a, "--max-memory") == 0 || strncmp(a, "--max-memory=", 13) == 0) {
      const char *v = a[12] == '=' ? a + 13 : (i + 1 < argc ? argv[++i] : NULL);
      if (v == NULL || !parse_memory_size(v, &max_memory)) return bad_option_value("--max-memory", v);
    } else if (strcmp(a, "--timeout") == 0 || strncmp(a, "--timeout=", 10) == 0) {
      const char *v = a[9] == '=' ? a + 10 : (i + 1 < argc ? argv[++i] : NULL);
      if (v == NULL || !parse_seconds(v, &timeout)) return bad_option_value("--timeout", v);
    } else if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
      fputs(USAGE, stdout);
      return 0;
    } else if (strcmp(a, "-V") == 0 || strcmp(a, "--version") == 0) {
      printf("orrery %s (Python 3.11 subset)\n", ORRERY_VERSION);
      return 0;
    } else if (strcmp(a, "-") == 0) {
      i++;
      break;
    } else if (a[0] == '-' && a[1] != '\0') {
      fprintf(stderr, "Unknown option: %s\nusage: orrery [option] ... [-c cmd | file | -] [arg] ...\n"
                      "Try `orrery -h' for more information.\n", a);
      return 2;
    } else {
      script = a;
      i++;
      break;
    }
  }
  VM *vm = vm_new();
  if (vm == NULL) return 1;
  vm->virtual_clock = virtual_clock;
  inspect_after = interactive_after;
  /* Transcript tests read stdout and stderr from one pipe: line buffering
     (set before any output) keeps their lines in the order written. */
  if (repl_flags & REPL_ECHO) setvbuf(stdout, NULL, _IOLBF, 0);
  /* --trace: the event stream on stderr (src/views.c), coloured on a terminal */
  if (trace) trace_enable(vm, stderr, isatty(STDERR_FILENO) && getenv("NO_COLOR") == NULL);
  vm->max_memory = max_memory;
  vm_install_sigint();
  if (timeout > 0 && !vm_set_timeout(timeout)) {
    perror("orrery: --timeout");
    vm_free(vm);
    return 1;
  }
  int status;
  if (command != NULL) {
    char *c0 = "-c";
    set_argv(vm, 1, &c0);
    set_argv(vm, argc - i, argv + i);
    status = run_main(vm, command, "<string>");
    if (interactive_after) status = repl_run(vm, repl_flags);
  } else if (script != NULL) {
    vm->script_path = script;
    set_argv(vm, argc - i + 1, argv + i - 1);
    char *src = file_read_path(script);
    if (src == NULL) {
      char *abs = realpath(script, NULL);
      fprintf(stderr, "%s: can't open file '%s': [Errno 2] No such file or directory\n", argv[0],
              abs ? abs : script);
      free(abs);
      vm_free(vm);
      return 2;
    }
    /* co_filename and __file__ are absolute, as CPython 3.9+ makes them
    ** (cwd + '/' + the path as given, not normalised). */
    char *path = NULL;
    char cwd[4096];
    if (script[0] != '/' && getcwd(cwd, sizeof cwd) != NULL) {
      path = malloc(strlen(cwd) + strlen(script) + 2);
      if (path != NULL) sprintf(path, "%s/%s", cwd, script);
    }
    if (path != NULL) vm->script_path = path;   /* imports look beside it */
    status = run_main(vm, src, path ? path : script);
    vm->script_path = script;
    free(path);
    free(src);
    if (interactive_after) status = repl_run(vm, repl_flags);
  } else {
    char *empty = "";
    set_argv(vm, 1, &empty);
    if (isatty(STDIN_FILENO) || interactive_after) {
      status = repl_run(vm, repl_flags);
    } else {
      /* A script on stdin, as `python3 < file.py`. */
      char *buf = file_read_stream(stdin);
      if (buf == NULL) { vm_free(vm); return 1; }
      status = run_main(vm, buf, "<stdin>");
      free(buf);
    }
  }
  fflush(stdout);
  vm_free(vm);
  if (died_of_sigint && status == 1) {
    fflush(stderr);
    signal(SIGINT, SIG_DFL);
    kill(getpid(), SIGINT);
  }
  return status;
}
