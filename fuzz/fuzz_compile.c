/*
** fuzz_compile.c -- libFuzzer harness for the compiler: source text to a
** code object (then disassembled, to /dev/null) or a SyntaxError raised in
** the VM.  Nothing is run.  One VM serves every input; after each one the
** pending exception is dropped and a full collection frees what the input
** made, so leaks and missing roots both show.
**
** Built and run by `make fuzz` (see fuzz/README.md).
*/
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "src/disasm.h"
#include "src/gc.h"
#include "src/parse.h"
#include "src/vm.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static VM *vm;
static FILE *devnull;

/* Free the VM when libFuzzer exits, so LeakSanitizer sees only real leaks. */
static void cleanup(void) {
  vm_free(vm);
  if (devnull) fclose(devnull);
}

/* One input: [size] bytes owned by libFuzzer.  A NUL byte ends the source,
** as it would for a C string from a file.  Returns 0. */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (vm == NULL) {
    vm = vm_new();
    if (vm == NULL) abort();
    devnull = fopen("/dev/null", "w");
    atexit(cleanup);
  }
  char *src = malloc(size + 1);
  if (src == NULL) return 0;
  memcpy(src, data, size);
  src[size] = '\0';
  static const ParseMode modes[] = {PARSE_FILE, PARSE_REPL, PARSE_EVAL};
  for (size_t m = 0; m < sizeof modes / sizeof modes[0]; m++) {
    ObjCode *code = vm_compile(vm, src, "<fuzz>", modes[m]);
    if (code != NULL) {
      vm_push_root(vm, OBJ_VAL(code));
      if (devnull) dis_code(vm, devnull, code, UINT32_MAX);
      vm_pop_root(vm, 1);
    }
    vm_take_exception(vm);
  }
  free(src);
  gc_collect(vm);
  return 0;
}
