/*
** lexer.c -- the layout layer of the lexer: CPython's tokenizer rules
** (Parser/tokenizer.c tok_get) over the raw DFA of grammar/lexer.re.
**
** lexer_next() turns physical lines into logical ones:
**   - at the start of a logical line outside brackets it measures the
**     indentation (tabs to multiples of 8, and again with tab = 1 to catch
**     inconsistent tabs), pushes or pops the indentation stack and queues
**     INDENT / DEDENT tokens;
**   - blank and comment-only lines produce nothing;
**   - inside brackets physical newlines are dropped;
**   - at the end of input it fakes a NEWLINE, closes every open block and
**     returns kind 0.
** It also scans string literals (with CPython's "unterminated" errors)
** and checks the tail of number literals.
*/
#include "src/lexer.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "gen/parser.h"

/* See lexer.h. */
void lexer_init(Lexer *lx, const char *src, size_t len, bool eval_mode,
                SyntaxDiag *err)
{
  memset(lx, 0, sizeof *lx);
  lx->src = src;
  lx->end = src + len;
  lx->cur = src;
  lx->line_start = src;
  lx->line = 1;
  lx->chunk_line = 1;
  lx->chunk_start = src;
  lx->at_bol = true;
  lx->eval_mode = eval_mode;
  lx->err = err;
  lx->last_kind = TK_NEWLINE;   /* nothing on the current logical line yet */
}

/* See lexer.h. */
int lexer_col(const Lexer *lx, const char *at)
{
  return (int)(at - lx->line_start) + (lx->line == 1 ? lx->col_base : 0);
}

/* See lexer.h.  The caret covers the one byte at [at]. */
int lexer_error_at(Lexer *lx, const char *type, const char *at, const char *msg)
{
  if (!lx->failed) {
    int col = lexer_col(lx, at);
    diag_set(lx->err, type, lx->line + lx->line_base, col, col + 1, "%s", msg);
    lx->err->stage = DIAG_TOKENIZER;
    lx->failed = true;
  }
  return TK_ERROR;
}

/* See lexer.h. */
int lexer_error_pegen(Lexer *lx, const char *type, const char *at, const char *msg,
                      int offset, int end_offset)
{
  if (!lx->failed) {
    lexer_error_at(lx, type, at, msg);
    lx->err->stage = DIAG_PARSER;
    diag_set_offsets(lx->err, offset, end_offset);
  }
  return TK_ERROR;
}

/* See lexer.h. */
void lexer_newline_seen(Lexer *lx, const char *next_line)
{
  lx->line++;
  lx->line_start = next_line;
}

/* Decode one UTF-8 character at [s] (before [end]) into [*cp]; returns its
** length in bytes, or 0 if the bytes are not valid UTF-8. */
static int utf8_decode(const unsigned char *s, const unsigned char *end, uint32_t *cp)
{
  int n;
  uint32_t c = s[0];
  if (c < 0x80) { *cp = c; return 1; }
  if (c >= 0xC2 && c <= 0xDF) { n = 2; c &= 0x1F; }
  else if (c >= 0xE0 && c <= 0xEF) { n = 3; c &= 0x0F; }
  else if (c >= 0xF0 && c <= 0xF4) { n = 4; c &= 0x07; }
  else return 0;
  if (end - s < n) return 0;
  for (int i = 1; i < n; i++) {
    if ((s[i] & 0xC0) != 0x80) return 0;
    c = (c << 6) | (s[i] & 0x3F);
  }
  /* overlong forms, surrogates and values past U+10FFFF are invalid */
  if ((n == 3 && c < 0x800) || (n == 4 && (c < 0x10000 || c > 0x10FFFF)) ||
      (c >= 0xD800 && c <= 0xDFFF))
    return 0;
  *cp = c;
  return n;
}

/* May the code point [c] (>= 0x80) appear in an identifier?  An
** approximation of Unicode's XID_Continue without the tables: letters of
** every script are accepted; Latin-1 punctuation, general punctuation,
** currency, arrows, mathematical and technical symbols, box drawing,
** dingbats, CJK punctuation, fullwidth ASCII punctuation and emoji are
** rejected. */
static bool is_identifier_cp(uint32_t c)
{
  if (c < 0xC0) return c == 0xAA || c == 0xB5 || c == 0xBA;
  if (c == 0xD7 || c == 0xF7) return false;                 /* x and / signs */
  if (c >= 0x2000 && c <= 0x2BFF)                           /* punctuation..arrows */
    return (c >= 0x2070 && c <= 0x209F) ||                  /* super/subscripts */
           (c >= 0x2100 && c <= 0x214F && c != 0x2118) ||   /* letterlike */
           c == 0x203F || c == 0x2040 || c == 0x2054;       /* connectors */
  if (c >= 0x3000 && c <= 0x3004) return false;             /* CJK punctuation */
  if (c >= 0x3008 && c <= 0x3020) return false;
  if (c >= 0xFE10 && c <= 0xFE6F) return false;             /* vertical/small forms */
  if (c >= 0xFF01 && c <= 0xFF0F) return false;             /* fullwidth punctuation */
  if (c >= 0xFF1A && c <= 0xFF20) return false;
  if (c >= 0x1F000 && c <= 0x1FAFF) return false;           /* emoji, symbols */
  if (c == 0xFEFF) return false;                            /* BOM inside a line */
  return true;
}

/* Report the invalid UTF-8 byte [c] on [line], as CPython does while it
** decodes a file: no location (the filename is spliced in by
** diag_print_syntax_error, see diag.h). */
static int non_utf8_error(Lexer *lx, unsigned char c, int line)
{
  if (!lx->failed) {
    diag_set(lx->err, "SyntaxError", 0, -1, -1,
             "Non-UTF-8 code starting with '\\x%02x' in file \x01 on line %d, "
             "but no encoding declared; see https://peps.python.org/pep-0263/ for details",
             c, line);
    lx->failed = true;
  }
  return TK_ERROR;
}

/* Does a PEP 263 coding declaration (a comment with `coding:` or `coding=`
** on line 1 or 2) name an encoding other than UTF-8? */
static bool declares_other_encoding(const char *s, const char *end)
{
  for (int line = 0; line < 2 && s < end; line++) {
    const char *eol = memchr(s, '\n', (size_t)(end - s));
    if (eol == NULL) eol = end;
    const char *p = s;
    while (p < eol && (*p == ' ' || *p == '\t' || *p == '\f')) p++;
    if (p < eol && *p == '#') {
      for (const char *q = p; q + 7 <= eol; q++) {
        if (memcmp(q, "coding", 6) != 0 || (q[6] != ':' && q[6] != '=')) continue;
        const char *n = q + 7;
        while (n < eol && (*n == ' ' || *n == '\t')) n++;
        const char *ne = n;
        while (ne < eol && (isalnum((unsigned char)*ne) || *ne == '-' || *ne == '_' || *ne == '.')) ne++;
        size_t len = (size_t)(ne - n);
        char name[16];
        if (len == 0 || len >= sizeof name) return len != 0;
        for (size_t i = 0; i < len; i++) name[i] = (char)(n[i] == '_' ? '-' : tolower((unsigned char)n[i]));
        name[len] = '\0';
        return strcmp(name, "utf-8") != 0 && strcmp(name, "utf8") != 0 &&
               strncmp(name, "utf-8-", 6) != 0;
      }
    } else if (p < eol && *p != '\r') {
      return false;           /* a declaration must come before any code */
    }
    s = eol + 1;
  }
  return false;
}

/* See lexer.h.  Before any token, as CPython decodes the whole file before
** it tokenizes: an invalid byte on line 9 wins over a syntax error on
** line 1. */
bool lexer_check_utf8(Lexer *lx)
{
  const unsigned char *s = (const unsigned char *)lx->cur, *end = (const unsigned char *)lx->end;
  if (declares_other_encoding(lx->cur, lx->end)) return true;
  int line = 1;
  uint32_t cp;
  while (s < end) {
    if (*s < 0x80) { if (*s == '\n') line++; s++; continue; }
    int n = utf8_decode(s, end, &cp);
    if (n == 0) { non_utf8_error(lx, *s, line + lx->line_base); return false; }
    s += n;
  }
  return true;
}

/* Report the byte or character at [at]: an invalid UTF-8 sequence, a
** non-printable character, a character that may not appear here. */
static int bad_character(Lexer *lx, const char *at)
{
  const unsigned char *s = (const unsigned char *)at;
  uint32_t cp;
  char msg[128];
  int n = utf8_decode(s, (const unsigned char *)lx->end, &cp);
  if (n == 0) return non_utf8_error(lx, *s, lx->line + lx->line_base);
  if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0)) {
    snprintf(msg, sizeof msg, "invalid non-printable character U+%04X", (unsigned)cp);
    return lexer_error_at(lx, "SyntaxError", at, msg);
  }
  if (cp < 0x80) {    /* $ ? ! ` and friends: the parser's generic error */
    lexer_error_at(lx, "SyntaxError", at, "invalid syntax");
    lx->err->stage = DIAG_PARSER;
    return TK_ERROR;
  }
  snprintf(msg, sizeof msg, "invalid character '%.*s' (U+%04X)", n, at, (unsigned)cp);
  return lexer_error_at(lx, "SyntaxError", at, msg);
}

/* See lexer.h. */
int lexer_bad_char(Lexer *lx, const char *at)
{
  return bad_character(lx, at);
}

/* See lexer.h.  Every non-ASCII character of the name must be valid UTF-8
** and an identifier character. */
int lexer_check_name(Lexer *lx, Token *t)
{
  const unsigned char *s = (const unsigned char *)t->start;
  const unsigned char *e = s + t->len;
  while (s < e) {
    uint32_t cp;
    int n;
    if (*s < 0x80) { s++; continue; }
    n = utf8_decode(s, (const unsigned char *)lx->end, &cp);
    if (n == 0 || !is_identifier_cp(cp)) return bad_character(lx, (const char *)s);
    s += n;
  }
  return TK_NAME;
}

/* Is [c] a byte that can continue an identifier? */
static bool is_id_byte(unsigned char c)
{
  return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         (c >= '0' && c <= '9') || c >= 0x80;
}

/* Does one of the keywords that may follow a number directly ("1if x
** else 2") start at [s]?  CPython only warns for those. */
static bool keyword_follows(const char *s)
{
  static const char *const words[] = { "and", "else", "for", "if", "in", "is",
                                       "or", "not" };
  for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
    if (strncmp(s, words[i], strlen(words[i])) == 0) return true;
  return false;
}

/* Set an error whose caret covers [from, to) on the current line. */
static int error_range(Lexer *lx, const char *from, const char *to, const char *msg)
{
  if (!lx->failed) {
    diag_set(lx->err, "SyntaxError", lx->line + lx->line_base, lexer_col(lx, from),
             lexer_col(lx, to), "%s", msg);
    lx->err->stage = DIAG_TOKENIZER;
    lx->failed = true;
  }
  return TK_ERROR;
}

/* See lexer.h.  Mirrors CPython's checks (tok_decimal_tail and
** verify_end_of_number): the caret lands where CPython puts it, usually
** on the last byte it accepted. */
int lexer_check_number(Lexer *lx, Token *t, int kind)
{
  const char *s = t->start;
  const char *e = s + t->len;
  const char *base = "decimal";
  char msg[64];

  if (t->len >= 2 && s[0] == '0') {
    char b = (char)(s[1] | 0x20);
    if (b == 'x') base = "hexadecimal";
    else if (b == 'o') base = "octal";
    else if (b == 'b') base = "binary";
  }
  if (kind == TK_INT && s[0] == '0' && t->len >= 1 && strcmp(base, "decimal") == 0) {
    char b = (char)(*e | 0x20);
    if (t->len == 1 && (b == 'x' || b == 'o' || b == 'b')) {  /* "0x" with no digit */
      const char *name = b == 'x' ? "hexadecimal" : b == 'o' ? "octal" : "binary";
      if ((b == 'o' && e[1] >= '0' && e[1] <= '9') || (b == 'b' && e[1] >= '0' && e[1] <= '9')) {
        snprintf(msg, sizeof msg, "invalid digit '%c' in %s literal", e[1], name);
        return error_range(lx, e + 1, e + 2, msg);
      }
      snprintf(msg, sizeof msg, "invalid %s literal", name);
      return error_range(lx, e, e + 1, msg);
    }
    /* "012", "0_7": leading zeros.  syntaxerror_known_range: byte columns
       from the literal to just past its first nonzero digit */
    const char *nz = e;
    while (*nz == '0' || (*nz == '_' && nz[1] >= '0' && nz[1] <= '9')) nz++;
    if (*nz >= '1' && *nz <= '9' && (*e != '_' || nz > e)) {
      error_range(lx, s, e, "leading zeros in decimal integer literals are not "
                  "permitted; use an 0o prefix for octal integers");
      diag_set_offsets(lx->err, lexer_col(lx, s) + 1, lexer_col(lx, nz) + 1);
      return TK_ERROR;
    }
  }
  if (*e == '_')                       /* "1_" "1__0" */
    return error_range(lx, e, e + 1, strcmp(base, "decimal") == 0 ?
                       "invalid decimal literal" :
                       (snprintf(msg, sizeof msg, "invalid %s literal", base), msg));
  if (strcmp(base, "octal") == 0 && *e >= '8' && *e <= '9') {
    snprintf(msg, sizeof msg, "invalid digit '%c' in octal literal", *e);
    return error_range(lx, e, e + 1, msg);
  }
  if (strcmp(base, "binary") == 0 && *e >= '2' && *e <= '9') {
    snprintf(msg, sizeof msg, "invalid digit '%c' in binary literal", *e);
    return error_range(lx, e, e + 1, msg);
  }
  if (strcmp(base, "decimal") == 0 && (*e == 'e' || *e == 'E')) {
    if (e[1] == '+' || e[1] == '-')    /* "1e+" with no digit: caret on the sign */
      return error_range(lx, e + 1, e + 2, "invalid decimal literal");
    if (keyword_follows(e)) return kind;
    return error_range(lx, e - 1, e, "invalid decimal literal");
  }
  if (strcmp(base, "decimal") == 0 && (*e == 'j' || *e == 'J'))
    return error_range(lx, s, e + 1, "imaginary literals are not supported by orrery");
  if (is_id_byte((unsigned char)*e)) {
    if (keyword_follows(e)) return kind;
    if ((unsigned char)*e >= 0x80) {       /* "5€": only an identifier character counts */
      uint32_t cp;
      int n = utf8_decode((const unsigned char *)e, (const unsigned char *)lx->end, &cp);
      if (n == 0 || !is_identifier_cp(cp)) return bad_character(lx, e);
    }
    snprintf(msg, sizeof msg, "invalid %s literal", base);
    return error_range(lx, e - 1, e, msg);
  }
  return kind;
}

/* See lexer.h.  [t]->start is the first byte of the prefix; lx->cur is
** just past the opening quote(s).  Errors point at the token's start. */
int lexer_scan_string(Lexer *lx, Token *t, char quote, bool triple)
{
  const char *p = lx->cur;
  int start_line = lx->line + lx->line_base;
  int start_col = lexer_col(lx, t->start);
  t->line = start_line;
  t->col = start_col;
  for (;;) {
    char c = *p;
    if (c == 0 && p >= lx->end) {
      /* end of input inside the literal */
      int at_line = lx->line + lx->line_base;
      if (p > lx->src && p[-1] == '\n') at_line--;
      if (!lx->failed) {
        diag_set(lx->err, "SyntaxError", start_line, start_col, start_col + 1,
                 triple ? "unterminated triple-quoted string literal (detected at line %d)"
                        : "unterminated string literal (detected at line %d)",
                 triple ? at_line : lx->line + lx->line_base);
        lx->err->stage = DIAG_TOKENIZER;
        lx->failed = true;
        lx->eof_in_string = triple;
      }
      return TK_ERROR;
    }
    if (c == '\\') {
      if (p[1] == '\n' || (p[1] == '\r' && p[2] == '\n')) {
        p += p[1] == '\n' ? 2 : 3;
        lexer_newline_seen(lx, p);
        continue;
      }
      if (p[1] == 0 && p + 1 >= lx->end) { p++; continue; }
      p += 2;
      continue;
    }
    if (c == '\n') {
      if (!triple) {
        if (!lx->failed) {
          diag_set(lx->err, "SyntaxError", start_line, start_col, start_col + 1,
                   "unterminated string literal (detected at line %d)",
                   lx->line + lx->line_base);
          lx->err->stage = DIAG_TOKENIZER;
          lx->failed = true;
        }
        return TK_ERROR;
      }
      p++;
      lexer_newline_seen(lx, p);
      continue;
    }
    if (c == quote) {
      if (!triple) { p++; break; }
      if (p[1] == quote && p[2] == quote) { p += 3; break; }
    }
    p++;
  }
  lx->cur = p;
  t->len = (size_t)(p - t->start);
  t->end_line = lx->line + lx->line_base;
  t->end_col = lexer_col(lx, p);
  return TK_STRING;
}

/* Fill the position of a token that does not span lines. */
static void place(Lexer *lx, Token *t)
{
  t->line = t->end_line = lx->line + lx->line_base;
  t->col = lexer_col(lx, t->start);
  t->end_col = t->col + (int)t->len;
  t->level = lx->level;
}

/* A token of [kind] with no text at [at] (INDENT, DEDENT, fake NEWLINE,
** end of input). */
static Token synth(Lexer *lx, int kind, const char *at, bool at_eof)
{
  Token t;
  memset(&t, 0, sizeof t);
  t.kind = kind;
  t.start = at;
  t.len = 0;
  place(lx, &t);
  t.at_eof = at_eof;
  return t;
}

/* An error token at the current position. */
static Token error_token(Lexer *lx)
{
  Token t = synth(lx, TK_ERROR, lx->cur, false);
  if (lx->err && lx->err->line > 0) {
    t.line = t.end_line = lx->err->line;
    t.col = lx->err->col;
  }
  return t;
}

/* Measure the indentation of a new logical line and queue INDENT/DEDENT.
** Returns false on an error (lx->err filled).  Blank lines are left for
** the raw scanner, which skips them (see lexer_next). */
static bool measure_indent(Lexer *lx, bool *blank)
{
  const char *p = lx->cur;
  int col = 0, altcol = 0;
  for (;; p++) {
    if (*p == ' ') { col++; altcol++; }
    else if (*p == '\t') { col = (col / 8 + 1) * 8; altcol++; }
    else if (*p == '\f') { col = altcol = 0; }
    else break;
  }
  *blank = (*p == '#' || *p == '\n' || (*p == '\r' && p[1] == '\n') ||
            (*p == 0 && p >= lx->end));
  if (*blank) return true;
  if (col == lx->indstack[lx->indent]) {
    if (altcol != lx->altstack[lx->indent]) goto tab_error;
  } else if (col > lx->indstack[lx->indent]) {
    if (lx->indent + 1 >= LEXER_MAXINDENT) {
      /* at the line's start, as CPython's tokenizer: no caret under the indentation */
      lexer_error_pegen(lx, "IndentationError", lx->cur, "too many levels of indentation", 1, 0);
      return false;
    }
    if (altcol <= lx->altstack[lx->indent]) goto tab_error;
    lx->indent++;
    lx->indstack[lx->indent] = col;
    lx->altstack[lx->indent] = altcol;
    lx->pending++;
  } else {
    while (lx->indent > 0 && col < lx->indstack[lx->indent]) {
      lx->pending--;
      lx->indent--;
    }
    if (col != lx->indstack[lx->indent]) {
      /* CPython puts the caret at the end of the line */
      const char *eol = p;
      while (*eol != '\n' && !(*eol == 0 && eol >= lx->end)) eol++;
      if (eol > p && eol[-1] == '\r') eol--;
      lx->cur = p;
      /* E_DEDENT: pegen's offset is the whole line with its newline */
      const char *nl = eol;
      while (*nl == '\r') nl++;
      lexer_error_pegen(lx, "IndentationError", eol, "unindent does not match any outer indentation level",
                        lexer_col(lx, eol) + (*nl == '\n' ? 1 : 0), -1);
      lx->err->col = lx->err->end_col = lexer_col(lx, eol);
      return false;
    }
    if (altcol != lx->altstack[lx->indent]) goto tab_error;
  }
  lx->cur = p;
  return true;

tab_error:
  lx->cur = p;
  diag_set(lx->err, "TabError", lx->line + lx->line_base, -1, -1,
           "inconsistent use of tabs and spaces in indentation");
  diag_set_offsets(lx->err, 1, 0);      /* E_TABSPACE: (lineno, 0, lineno, -1) + 1 */
  lx->failed = true;
  return false;
}

/* The opening bracket matching [close]. */
static char opener_of(char close)
{
  return close == ')' ? '(' : close == ']' ? '[' : '{';
}

/* See lexer.h. */
Token lexer_next(Lexer *lx)
{
  Token t;
  bool blank = false;

  if (lx->failed) return error_token(lx);
  for (;;) {
    if (lx->pending > 0) {           /* one INDENT per call */
      lx->pending--;
      t = synth(lx, TK_INDENT, lx->cur, false);
      t.col = t.col > 0 ? t.col - 1 : 0;   /* CPython's offset for "unexpected indent" */
      lx->last_kind = TK_INDENT;
      return t;
    }
    if (lx->pending < 0) {
      lx->pending++;
      t = synth(lx, TK_DEDENT, lx->cur, false);
      lx->last_kind = TK_DEDENT;
      return t;
    }
    if (lx->at_bol && lx->level == 0) {
      lx->at_bol = false;
      if (!measure_indent(lx, &blank)) return error_token(lx);
      if (lx->pending != 0) continue;
    }
    lx->at_bol = false;

    memset(&t, 0, sizeof t);
    t.kind = lexer_scan_raw(lx, &t);
    if (t.kind == TK_ERROR) return error_token(lx);
    if (t.kind != TK_STRING) place(lx, &t);
    else t.level = lx->level;

    if (t.kind == TK_NEWLINE) {
      lexer_newline_seen(lx, t.start + 1);
      lx->chunk_line = lx->line;       /* a line end of its own starts a chunk */
      lx->chunk_start = lx->line_start;
      lx->at_bol = true;
      /* a blank line, a line inside brackets, or a second newline: nothing */
      if (blank || lx->level > 0 || lx->last_kind == TK_NEWLINE || lx->eval_mode) {
        blank = false;
        continue;
      }
      t.end_col = t.col + 1;
      lx->last_kind = TK_NEWLINE;
      return t;
    }
    if (t.kind == 0) {
      if (lx->level > 0) {
        /* end of input inside brackets: the parser decides whether to
           report "'(' was never closed" (see parse.c) */
        int lv = lx->level - 1;
        if (!lx->failed) {
          char msg[64];
          snprintf(msg, sizeof msg, "'%c' was never closed", lx->brackets[lv]);
          diag_set(lx->err, "SyntaxError", lx->bracket_line[lv], lx->bracket_col[lv],
                   lx->bracket_col[lv] + 1, "%s", msg);
          /* raise_unclosed_parentheses_error: end -1 (+1), and the
             tokenizer is at the end of the input */
          diag_set_offsets(lx->err, lx->bracket_col[lv] + 1, 0);
          lx->err->tok_line = lx->line + lx->line_base;
          lx->failed = true;
        }
        t = synth(lx, TK_ERROR, lx->cur, true);
        return t;
      }
      if (lx->last_kind != TK_NEWLINE && lx->last_kind != TK_INDENT &&
          lx->last_kind != TK_DEDENT && !lx->eval_mode) {
        t = synth(lx, TK_NEWLINE, lx->cur, true);   /* the fake final NEWLINE */
        lx->last_kind = TK_NEWLINE;
        return t;
      }
      if (lx->indent > 0) {
        lx->indent--;
        t = synth(lx, TK_DEDENT, lx->cur, true);
        lx->last_kind = TK_DEDENT;
        return t;
      }
      t.at_eof = true;
      lx->last_kind = 0;
      return t;
    }

    /* brackets */
    if (t.kind == TK_LPAR || t.kind == TK_LSQB || t.kind == TK_LBRACE) {
      if (lx->level >= LEXER_MAXLEVEL) {
        lexer_error_at(lx, "SyntaxError", t.start, "too many nested parentheses");
        return error_token(lx);
      }
      lx->brackets[lx->level] = *t.start;
      lx->bracket_line[lx->level] = t.line;
      lx->bracket_col[lx->level] = t.col;
      lx->level++;
    } else if (t.kind == TK_RPAR || t.kind == TK_RSQB || t.kind == TK_RBRACE) {
      char msg[96];
      if (lx->level == 0) {
        snprintf(msg, sizeof msg, "unmatched '%c'", *t.start);
        lexer_error_at(lx, "SyntaxError", t.start, msg);
        return error_token(lx);
      }
      if (lx->brackets[lx->level - 1] != opener_of(*t.start)) {
        int lv = lx->level - 1;
        if (lx->bracket_line[lv] != t.line)
          snprintf(msg, sizeof msg, "closing parenthesis '%c' does not match opening "
                   "parenthesis '%c' on line %d", *t.start, lx->brackets[lv], lx->bracket_line[lv]);
        else
          snprintf(msg, sizeof msg, "closing parenthesis '%c' does not match opening "
                   "parenthesis '%c'", *t.start, lx->brackets[lv]);
        lexer_error_at(lx, "SyntaxError", t.start, msg);
        return error_token(lx);
      }
      lx->level--;
    }
    lx->last_kind = t.kind;
    return t;
  }
}

/* See lexer.h. */
int lexer_chunk_start(const char *src, size_t len, int line)
{
  SyntaxDiag d;
  Lexer lx;
  memset(&d, 0, sizeof d);
  lexer_init(&lx, src, len, false, &d);
  while (lx.line < line) {
    Token t = lexer_next(&lx);
    if (t.kind == TK_ERROR || t.kind == 0) break;
  }
  return (lx.line >= line && lx.chunk_line <= line) ? lx.chunk_line : line;
}
