/*
** fe_driver.c -- a small harness for the front end alone:
**   fe_driver [-e|-r] FILE     parse FILE (exec, -e eval, -r REPL mode) and
**                              print the AST dump, or the SyntaxError as
**                              CPython prints it (exit 1), or "INCOMPLETE".
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "src/parse.h"

int main(int argc, char **argv)
{
  ParseMode mode = PARSE_FILE;
  int argi = 1;
  bool quiet = false;
  while (argi < argc && argv[argi][0] == '-') {
    if (strcmp(argv[argi], "-e") == 0) mode = PARSE_EVAL;
    else if (strcmp(argv[argi], "-r") == 0) mode = PARSE_REPL;
    else if (strcmp(argv[argi], "-q") == 0) quiet = true;
    argi++;
  }
  if (argi >= argc) { fprintf(stderr, "usage: fe_driver [-e|-r|-q] FILE\n"); return 2; }
  FILE *f = fopen(argv[argi], "rb");
  if (!f) { perror(argv[argi]); return 2; }
  size_t cap = 4096, n = 0;
  char *src = malloc(cap);
  size_t k;
  while ((k = fread(src + n, 1, cap - n - 1, f)) > 0) {
    n += k;
    if (cap - n < 2) { cap *= 2; src = realloc(src, cap); }
  }
  fclose(f);
  src[n] = '\0';
  Arena a;
  SyntaxDiag err;
  arena_init(&a);
  Node *m = parse_source(&a, src, n, mode, &err);
  int rc = 0;
  if (m) {
    if (!quiet) ast_dump(m, 0, stdout);
  } else if (err.incomplete) {
    printf("INCOMPLETE\n");
    rc = 3;
  } else {
    diag_print_syntax_error(stderr, argv[argi], src, &err);
    rc = 1;
  }
  arena_free(&a);
  free(src);
  return rc;
}
