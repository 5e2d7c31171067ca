/*
** fuzz_parse.c -- libFuzzer harness for the front end: source bytes to
** tokens and an AST, or a SyntaxError diagnostic.  No VM is involved: the
** lexer and the Lemon parser run on the raw bytes (NUL bytes included) in
** each of the three parse modes, so a file, a REPL line and an eval()
** argument are all exercised.  Anything but a tree or a diagnostic -- a
** crash, a leak, an ASan/UBSan report -- is a bug.
**
** Built and run by `make fuzz` (see fuzz/README.md).
*/
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "src/ast.h"
#include "src/parse.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* libFuzzer calls this once per input: [data] is [size] arbitrary bytes,
** owned by libFuzzer.  Returns 0 (the input is always kept if new). */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  /* parse_source wants the text followed by a NUL byte. */
  char *src = malloc(size + 1);
  if (src == NULL) return 0;
  memcpy(src, data, size);
  src[size] = '\0';
  static const ParseMode modes[] = {PARSE_FILE, PARSE_REPL, PARSE_EVAL};
  for (size_t m = 0; m < sizeof modes / sizeof modes[0]; m++) {
    Arena arena;
    arena_init(&arena);
    SyntaxDiag diag;
    memset(&diag, 0, sizeof diag);
    Node *tree = parse_source(&arena, src, size, modes[m], &diag);
    (void)tree;
    arena_free(&arena);
  }
  free(src);
  return 0;
}
