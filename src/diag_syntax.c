/*
** diag_syntax.c -- the syntax-error half of diag.h: filling a SyntaxDiag,
** turning it into the attributes CPython 3.11 gives the SyntaxError object
** (text, offset, end_offset: Parser/pegen_errors.c, Parser/tokenizer.c
** syntaxerror, Python/errors.c PyErr_ProgramTextObject), and printing one
** exactly as CPython's default excepthook does (Python/pythonrun.c
** print_exception_file_and_line + print_error_text).
*/
#include "src/diag.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "src/files.h"
#include "src/lexer.h"

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
  d->stage = DIAG_PARSER;
  d->tok_line = 0;
  d->has_offsets = false;
  d->eof_offset = false;
  d->offset = d->end_offset = 0;
  return false;
}

/* See diag.h. */
void diag_set_offsets(SyntaxDiag *d, int offset, int end_offset)
{
  d->has_offsets = true;
  d->offset = offset;
  d->end_offset = end_offset;
}

/* {====================================================== attributes */

/* The number of characters in the first [n] bytes of the UTF-8 text [s]
** ([len] bytes), as _PyPegen_byte_offset_to_character_offset counts them:
** [n] is clipped to len + 1 (the terminating NUL counts as one character)
** and a character cut short still counts (it decodes to U+FFFD). */
static int char_count(const char *s, size_t len, int n)
{
  if (n <= 0) return n;
  if ((size_t)n > len + 1) n = (int)len + 1;
  int c = 0;
  for (int i = 0; i < n; i++)
    if ((size_t)i == len || ((unsigned char)s[i] & 0xC0) != 0x80) c++;
  return c;
}

/* A malloc'd copy of [n] bytes at [s] with "\r\n" turned into "\n" (as
** CPython translates newlines before it tokenizes). */
static char *copy_text(const char *s, size_t n)
{
  char *t = malloc(n + 1), *o = t;
  if (t == NULL) return NULL;
  for (size_t i = 0; i < n; i++)
    if (!(s[i] == '\r' && i + 1 < n && s[i + 1] == '\n')) *o++ = s[i];
  *o = '\0';
  return t;
}

/* A malloc'd copy of the line [ln] ([len] bytes, from line_at) without its
** line end (\n or \r\n), or NULL if [ln] is NULL. */
static char *line_without_newline(const char *ln, size_t len) {
  if (ln == NULL) return NULL;
  if (len > 0 && ln[len - 1] == '\n') len--;
  if (len > 0 && ln[len - 1] == '\r') len--;
  return copy_text(ln, len);
}

/* Line [line] (1-based) of [src]: its first byte, and in [*len] its length
** with its newline.  NULL when there is no such line. */
static const char *line_at(const char *src, int line, size_t *len)
{
  const char *s = src;
  if (s == NULL || line < 1) return NULL;
  for (int i = 1; i < line; i++) {
    s = strchr(s, '\n');
    if (s == NULL) return NULL;
    s++;
  }
  if (*s == '\0') return NULL;
  const char *e = strchr(s, '\n');
  *len = e ? (size_t)(e - s) + 1 : strlen(s);
  return s;
}

/* The number of lines of [src] as CPython's tokenizer counts them (a last
** line without a newline counts). */
static int line_count(const char *src)
{
  int n = 0;
  const char *s = src;
  for (; *s; s++)
    if (*s == '\n') n++;
  if (s > src && s[-1] != '\n') n++;
  return n;
}

/* Is [s, s+n) valid UTF-8? */
static bool valid_utf8(const unsigned char *s, size_t n)
{
  size_t i = 0;
  while (i < n) {
    unsigned c = s[i];
    int k = c < 0x80 ? 0 : c >= 0xC2 && c <= 0xDF ? 1 : c >= 0xE0 && c <= 0xEF ? 2
          : c >= 0xF0 && c <= 0xF4 ? 3 : -1;
    if (k < 0 || i + (size_t)k >= n) return false;
    for (int j = 1; j <= k; j++)
      if ((s[i + j] & 0xC0) != 0x80) return false;
    i += (size_t)k + 1;
  }
  return true;
}

/* [s, s+n) decoded with errors="replace": every byte that does not start
** a valid sequence becomes U+FFFD.  Malloc'd, NUL-terminated. */
static char *replace_invalid(const char *s, size_t n)
{
  char *t = malloc(3 * n + 1), *o = t;
  if (t == NULL) return NULL;
  for (size_t i = 0; i < n;) {
    unsigned c = (unsigned char)s[i];
    int k = c < 0x80 ? 0 : c >= 0xC2 && c <= 0xDF ? 1 : c >= 0xE0 && c <= 0xEF ? 2
          : c >= 0xF0 && c <= 0xF4 ? 3 : -1;
    if (k >= 0 && i + (size_t)k < n && valid_utf8((const unsigned char *)s + i, (size_t)k + 1)) {
      memcpy(o, s + i, (size_t)k + 1);
      o += k + 1;
      i += (size_t)k + 1;
    } else {
      memcpy(o, "\xEF\xBF\xBD", 3);
      o += 3;
      i++;
      /* the continuation bytes of a cut-short sequence go with it */
      while (k > 0 && i < n && ((unsigned char)s[i] & 0xC0) == 0x80) { i++; k--; }
    }
  }
  *o = '\0';
  return t;
}

/*
** Line [line] of the file [filename] read from disk, as Python/errors.c
** err_programtext reads it: universal newlines (the newline kept), and of a
** line longer than 999 bytes only its last 999-byte piece (fgets into a
** 1000-byte buffer).  [replace]: decode with errors="replace"
** (_PyErr_ProgramDecodedTextObject, pegen); otherwise invalid UTF-8 gives
** NULL (PyErr_ProgramTextObject, the compiler).  NULL when the file cannot
** be read or has no such line.
*/
static char *file_line(const char *filename, int line, bool replace)
{
  if (filename == NULL || line < 1) return NULL;
  char *whole = file_read_path(filename);
  if (whole == NULL) return NULL;
  /* universal newlines: "\r\n" and "\r" end lines */
  char *s = whole, *found = NULL;
  size_t flen = 0;
  for (int i = 1; *s; i++) {
    char *e = s;
    while (*e && *e != '\n' && *e != '\r') e++;
    size_t n = (size_t)(e - s);
    if (i == line) {
      found = s;
      flen = n;
      break;
    }
    if (*e == '\r' && e[1] == '\n') e++;
    if (*e == '\0') break;
    s = e + 1;
  }
  char *text = NULL;
  if (found != NULL) {
    bool nl = found[flen] != '\0';
    size_t total = flen + (nl ? 1 : 0);
    size_t piece = total > 999 ? (total - 1) % 999 + 1 : total;
    const char *from = found + (total - piece);
    size_t n = piece - (nl ? 1 : 0);
    if (replace || valid_utf8((const unsigned char *)from, n)) {
      char *body = replace ? replace_invalid(from, n) : copy_text(from, n);
      if (body != NULL) {
        size_t bl = strlen(body);
        text = malloc(bl + 2);
        if (text != NULL) {
          memcpy(text, body, bl);
          if (nl) text[bl++] = '\n';
          text[bl] = '\0';
        }
        free(body);
      }
    }
  }
  free(whole);
  return text;
}

/* Does the file [filename] hold [source] (which may have the newline
** 'exec' mode appends)? */
static bool is_file_content(const char *filename, const char *source)
{
  char *file = file_read_path(filename);
  if (file == NULL) return false;
  size_t n = strlen(file), m = strlen(source);
  bool same = (n == m || (n + 1 == m && source[n] == '\n')) && memcmp(file, source, n) == 0;
  free(file);
  return same;
}

/* Does [src] declare its encoding (PEP 263: a comment with "coding:" or
** "coding=" on line 1 or 2), which gives CPython's tokenizer an encoding? */
static bool declares_encoding(const char *src)
{
  const char *s = src;
  for (int line = 0; line < 2 && *s; line++) {
    const char *eol = strchr(s, '\n');
    if (eol == NULL) eol = s + strlen(s);
    const char *p = s;
    while (p < eol && (*p == ' ' || *p == '\t' || *p == '\f')) p++;
    if (p < eol && *p == '#') {
      for (const char *q = p; q + 7 <= eol; q++)
        if (memcmp(q, "coding", 6) == 0 && (q[6] == ':' || q[6] == '=')) return true;
    } else if (p < eol && *p != '\r') {
      return false;
    }
    s = *eol ? eol + 1 : eol;
  }
  return false;
}

/* See diag.h. */
void diag_syntax_attrs(const SyntaxDiag *d, const char *source, const char *filename,
                       bool exec_input, bool interactive, SyntaxAttrs *out)
{
  size_t len = 0;
  const char *ln;
  out->lineno = d->line;
  out->end_lineno = d->end_line;
  out->text = NULL;

  if (d->stage == DIAG_COMPILER) {
    /* compiler_error / PyErr_RangedSyntaxLocationObject: AST byte columns
       + 1, and the line of the file of that name if there is one */
    out->offset = d->has_offsets ? d->offset : d->col + 1;
    out->end_offset = d->has_offsets ? d->end_offset : d->end_col + 1;
    out->text = file_line(filename, d->line, false);
    return;
  }

  if (d->stage == DIAG_TOKENIZER) {
    /* _syntaxerror_range: the line from its start to its newline; the
       offset counts characters up to where the tokenizer stopped */
    ln = line_at(source, d->line, &len);
    out->text = line_without_newline(ln, len);
    if (d->has_offsets) {
      out->offset = d->offset;
      out->end_offset = d->end_offset;
    } else {
      out->offset = (ln != NULL && d->col >= 0) ? char_count(ln, len, d->col) + 1 : d->col + 1;
      out->end_offset = out->offset;
    }
    return;
  }

  /* DIAG_PARSER: _PyPegen_raise_error_known_location */
  if (exec_input && !interactive) out->text = file_line(filename, d->line, true);
  if (out->text == NULL) {
    int nlines = line_count(source);
    int tok_line = d->tok_line > 0 ? d->tok_line : (d->end_line > d->line ? d->end_line : d->line);
    if (tok_line > nlines) tok_line = nlines;
    if (!interactive && tok_line <= d->line && tok_line >= 1) {
      /* the tokenizer's buffer: from the first line of its logical chunk
         (a backslash continuation or a string spanning lines keeps it) to
         the end of its current line, newline included */
      int first = lexer_chunk_start(source, strlen(source), tok_line);
      const char *a = line_at(source, first, &len);
      const char *b = line_at(source, tok_line, &len);
      if (a != NULL && b != NULL) out->text = copy_text(a, (size_t)(b + len - a));
    } else {
      /* get_error_line_from_tokenizer_buffers: line [line], no newline */
      ln = line_at(source, d->line, &len);
      out->text = line_without_newline(ln, len);
    }
    if (out->text == NULL) out->text = copy_text("", 0);
  }
  int off = d->has_offsets ? d->offset : d->col + 1;
  int end = d->has_offsets ? d->end_offset : d->end_col + 1;
  /* Reading a script, CPython's tokenizer has no encoding (unless the file
     declares one), so the offsets stay byte counts; at the end of the file
     its buffer is empty (_PyPegen_raise_error: tok->cur == tok->buf). */
  bool from_file = exec_input && !interactive && is_file_content(filename, source);
  if (from_file && d->eof_offset) off = 0;
  if (from_file && !declares_encoding(source)) {
    out->offset = off;
    out->end_offset = end;
    return;
  }
  size_t tl = strlen(out->text);
  out->offset = char_count(out->text, tl, off);
  out->end_offset = end > 0 ? char_count(out->text, tl, end) : end;
}

/* }====================================================== */

/* {====================================================== printing */

/* See diag.h.  print_error_text works on the UTF-8 bytes of the text with
** offsets counted in characters, as CPython does. */
void diag_print_syntax_error(FILE *out, const char *type, const char *filename, int lineno,
                             int offset, int end_lineno, int end_offset, const char *text,
                             bool subclass, const char *msg)
{
  if (lineno <= 0 && text == NULL) {
    /* no location (undecodable source): the message names the file where
       it holds the \x01 placeholder */
    const char *hole = strchr(msg, '\x01');
    fprintf(out, "%s: ", type);
    if (hole) fprintf(out, "%.*s%s%s\n", (int)(hole - msg), msg, filename, hole + 1);
    else fprintf(out, "%s\n", msg);
    return;
  }
  fprintf(out, "  File \"%s\", line %d\n", filename, lineno);
  if (text != NULL) {
    long line_size = (long)strlen(text);     /* bytes, as CPython's */
    long off = offset, end = subclass ? -1 : end_offset;
    if (end_lineno > lineno) end = line_size;
    if (end > line_size + 1) end = line_size + 1;
    long reps = (end > 0 && end > off) ? end - off : 1;

    /* print_error_text */
    const char *t = text;
    off--;
    while (*t == ' ' || *t == '\t' || *t == '\f') {
      t++;
      off--;
    }
    long len = (long)strlen(t);
    if (len > 0 && t[len - 1] == '\n') len--;
    if (off > len) off = len;
    for (;;) {                      /* skip past newlines embedded in text */
      const char *nl = strchr(t, '\n');
      if (nl == NULL) break;
      long inl = (long)(nl - t);
      if (inl >= off) break;
      inl += 1;
      t += inl;
      len -= inl;
      off -= inl;
    }
    fputs("    ", out);
    fputs(t, out);
    if (t[len] != '\n') fputc('\n', out);
    if (off >= 0) {
      fputs("    ", out);
      while (--off >= 0) fputc(' ', out);
      for (long i = 0; i < reps; i++) fputc('^', out);
      fputc('\n', out);
    }
  }
  fprintf(out, "%s: %s\n", type, msg);
}

/* }====================================================== */
