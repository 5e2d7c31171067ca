/*
** fuzz_run.c -- libFuzzer harness for the whole pipeline: source text is
** compiled and run as __main__ in a fresh VM, to its output (thrown away:
** stdout is /dev/null) or an uncaught exception.
**
** Runaway programs are stopped three ways, so that a hang or an out-of-
** memory report from libFuzzer means a real bug:
**   * an instruction budget (vm_budget_left, CFG_FUZZ): every backward jump
**     and call spends one tick, then RuntimeError is raised at every check;
**   * a memory cap (vm->max_memory, as --max-memory): MemoryError;
**   * time: the event loop runs on the virtual clock, time.sleep does not
**     sleep, and a loop with nothing left to do spends the whole budget.
**
** Built and run by `make fuzz` (see fuzz/README.md).
*/
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "src/diag.h"
#include "src/vm.h"
#include "runtime/runtime.h"

#define FUZZ_BUDGET     200000u       /* backward jumps + calls per input */
#define FUZZ_MAX_MEMORY (64u << 20)   /* bytes the collector may hold */

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerInitialize(int *argc, char ***argv);

static FILE *devnull;   /* where uncaught exceptions are printed */

/* Once, before the first input: the program's stdout goes to /dev/null and
** its stdin is empty (input() sees EOF).  stderr stays: libFuzzer reports
** there (run with -close_fd_mask=2 to hide the programs' warnings). */

int LLVMFuzzerInitialize(int *argc, char ***argv) {
  (void)argc; (void)argv;
  devnull = fopen("/dev/null", "w");
  int fd = open("/dev/null", O_RDWR);
  if (fd >= 0) {
    dup2(fd, STDOUT_FILENO);
    dup2(fd, STDIN_FILENO);
    if (fd > STDERR_FILENO) close(fd);
  }
  return 0;
}

/* One input: [size] bytes owned by libFuzzer, run as a program (a NUL byte
** ends it).  Returns 0. */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  char *src = malloc(size + 1);
  if (src == NULL) return 0;
  memcpy(src, data, size);
  src[size] = '\0';
  VM *vm = vm_new();
  if (vm == NULL) abort();
  vm->virtual_clock = true;
  vm->max_memory = FUZZ_MAX_MEMORY;
  vm_budget_left = FUZZ_BUDGET;
  vm_sigint_pending = 0;
  for (int phase = 0; phase < 2; phase++) {
    if (phase == 0) vm_run_source(vm, src, "<fuzz>", NULL, false);
    else runtime_shutdown(vm);
    /* An uncaught exception is printed as main.c would, to /dev/null. */
    Value exc = vm_take_exception(vm);
    if (!IS_UNDEF(exc) && devnull != NULL) {
      vm_push_root(vm, exc);
      diag_print_exception(vm, devnull, exc);
      vm_pop_root(vm, 1);
      vm_take_exception(vm);
    }
  }
  fflush(stdout);
  vm_free(vm);
  vm_budget_left = UINT64_MAX;
  free(src);
  return 0;
}
