/*
** diag_syntax.c -- the syntax-error half of diag.h: filling a SyntaxDiag
** and printing it exactly as CPython 3.11's default excepthook does
** (Python/pythonrun.c print_exception + print_error_text).
*/
#include "src/diag.h"

#include <stdarg.h>
#include <string.h>

/* See diag.h.  end_line starts equal to [line]; callers that know better
** set it afterwards. */
bool diag_set(SyntaxDiag *d, const char *type, int line, int col, int end_col,
              const char *fmt, ...)
{
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(d->msg, sizeof d->msg, fmt, ap);
  va_end(ap);
  d->type = type;
  d->line = line;
  d->col = col;
  d->end_line = line;
  d->end_col = end_col;
  d->incomplete = false;
  return false;
}

/* The number of characters (not continuation bytes) in [s, s+n). */
static long utf8_chars(const char *s, long n)
{
  long c = 0;
  for (long i = 0; i < n && s[i]; i++)
    if (((unsigned char)s[i] & 0xC0) != 0x80) c++;
  return c;
}

/* Find line [line] (1-based) of [source]; sets its length (with its
** newline, if any).  NULL when the source has no such line. */
static const char *find_line(const char *source, int line, long *len)
{
  const char *s = source;
  if (source == NULL || line < 1) return NULL;
  if (memcmp(s, "\xEF\xBB\xBF", 3) == 0) s += 3;
  for (int i = 1; i < line; i++) {
    s = strchr(s, '\n');
    if (s == NULL) return NULL;
    s++;
  }
  if (*s == '\0') return NULL;
  const char *e = strchr(s, '\n');
  *len = e ? (long)(e - s) + 1 : (long)strlen(s);
  return s;
}

/* See diag.h.  The offsets CPython works with are 1-based character
** counts; ours are 0-based byte columns, converted here. */
void diag_print_syntax_error(FILE *out, const char *filename, const char *source,
                             const SyntaxDiag *d)
{
  const char *type = d->type ? d->type : "SyntaxError";
  long len = 0;
  const char *text;

  if (d->line <= 0) {
    /* no location (undecodable source): the message names the file where
       it holds the \x01 placeholder */
    const char *m = d->msg, *hole = strchr(m, '\x01');
    fprintf(out, "%s: ", type);
    if (hole) fprintf(out, "%.*s%s%s\n", (int)(hole - m), m, filename, hole + 1);
    else fprintf(out, "%s\n", m);
    return;
  }
  fprintf(out, "  File \"%s\", line %d\n", filename, d->line);
  text = find_line(source, d->line, &len);
  if (text) {
    long line_size = utf8_chars(text, len);
    long offset = d->col >= 0 ? utf8_chars(text, d->col) + 1 : 0;
    long end_offset = d->end_col >= 0 ? utf8_chars(text, d->end_col) + 1 : -1;
    long reps;
    if (d->end_line > d->line) end_offset = line_size;
    if (end_offset > line_size + 1) end_offset = line_size + 1;
    reps = (end_offset > 0 && end_offset > offset) ? end_offset - offset : 1;
    if (strcmp(type, "SyntaxError") != 0) reps = 1;   /* 3.11 prints one caret for these */

    /* print_error_text: strip the indentation, clip, print, caret */
    long off = offset - 1;
    long tlen;
    while (len > 0 && (*text == ' ' || *text == '\t' || *text == '\f')) {
      text++;
      len--;
      off--;
    }
    tlen = len;
    if (tlen > 0 && text[tlen - 1] == '\n') tlen--;
    long tchars = utf8_chars(text, tlen);
    if (off > tchars) off = tchars;
    fputs("    ", out);
    fwrite(text, 1, (size_t)tlen, out);
    fputc('\n', out);
    if (off >= 0) {
      fputs("    ", out);
      for (long i = 0; i < off; i++) fputc(' ', out);
      for (long i = 0; i < reps; i++) fputc('^', out);
      fputc('\n', out);
    }
  }
  fprintf(out, "%s: %s\n", type, d->msg);
}
