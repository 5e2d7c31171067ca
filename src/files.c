/*
** files.c -- reading source files whole.
*/
#include "src/files.h"

#include <stdlib.h>

char *file_read_stream(FILE *f) {
  size_t cap = 8192, len = 0, n;
  char *buf = malloc(cap);
  while (buf != NULL && (n = fread(buf + len, 1, cap - len - 1, f)) > 0) {
    len += n;
    if (len + 1 == cap) {          /* full: double the buffer */
      char *b = realloc(buf, cap * 2);
      if (b == NULL) { free(buf); return NULL; }
      buf = b;
      cap *= 2;
    }
  }
  if (buf != NULL) buf[len] = '\0';
  return buf;
}

char *file_read_path(const char *path) {
  FILE *f = fopen(path, "rb");
  if (f == NULL) return NULL;
  char *text = file_read_stream(f);
  fclose(f);
  return text;
}
