/*
** lexer.re -- the raw-token DFA of orrery's lexer (re2c input).
**
** This is the file to edit; build/gen/lexer.c is generated from it by
**   re2c -W -Werror --no-generation-date
** It holds only lexer_scan_raw(): one call skips blanks, comments and
** backslash continuations, then recognises one raw token.  The layout
** layer (INDENT/DEDENT, brackets, NEWLINE filtering) lives in src/lexer.c.
** The input is NUL-terminated; a NUL before the real end is an error.
*/
#include "src/lexer.h"
#include "gen/parser.h"

/*!re2c
  re2c:define:YYCTYPE = "unsigned char";
  re2c:define:YYCURSOR = cur;
  re2c:define:YYMARKER = mar;
  re2c:yyfill:enable = 0;
  re2c:indent:string = "  ";

  digitpart  = [0-9] ("_"? [0-9])*;
  decint     = [1-9] ("_"? [0-9])* | "0"+ ("_"? "0")*;
  hexint     = "0" [xX] ("_"? [0-9a-fA-F])+;
  octint     = "0" [oO] ("_"? [0-7])+;
  binint     = "0" [bB] ("_"? [01])+;
  exponent   = [eE] [+-]? digitpart;
  pointfloat = digitpart? "." digitpart | digitpart ".";
  float      = pointfloat exponent? | digitpart exponent;
  idstart    = [a-zA-Z_\x80-\xff];
  idchar     = [a-zA-Z0-9_\x80-\xff];
  strprefix  = [rR] | [fF] | [uU] | [rR][fF] | [fF][rR] | [bB] | [rR][bB] | [bB][rR];
*/

/* See src/lexer.h.  [t]->start/len are set here; the caller computes
** line and column from them. */
int lexer_scan_raw(Lexer *lx, Token *t)
{
  const unsigned char *cur = (const unsigned char *)lx->cur;
  const unsigned char *mar = cur;
  const unsigned char *tok;
  int kind;

  for (;;) {
    tok = cur;
    t->start = (const char *)tok;
/*!re2c
    [ \t\f\r]+                { continue; }
    "#" [^\n\x00]*            { continue; }
    "\\" "\r"? "\n"           {
        /* a continuation; at the very end of the input it has nothing
           to continue (CPython points just past the backslash) */
        if (*cur == 0 && (const char *)cur == lx->end) {
          /* E_EOF: pegen's offset is the line with its newline */
          lx->cont_eof = true;
          return lexer_error_pegen(lx, "SyntaxError", (const char *)tok + 1,
                                   "unexpected EOF while parsing",
                                   lexer_col(lx, (const char *)tok) + 2, -1);
        }
        lexer_newline_seen(lx, (const char *)cur);
        continue;
      }
    "\\"                      {
        /* a backslash not followed by a newline: at the very end of the
           input it is an unexpected EOF, elsewhere a stray character */
        if (*cur == 0 && (const char *)cur == lx->end) {
          /* E_LINECONT as below ('exec' input always ends with a newline,
             so only 'eval' and 'single' sources get here) */
          lx->cont_eof = true;
          return lexer_error_pegen(lx, "SyntaxError", (const char *)cur,
                                   "unexpected character after line continuation character",
                                   (int)((const char *)cur - lx->chunk_start), 0);
        }
        /* E_LINECONT: pegen counts from the start of the tokenizer's
           buffer to just past the character after the backslash */
        return lexer_error_pegen(lx, "SyntaxError", (const char *)cur,
                                 "unexpected character after line continuation character",
                                 (int)((const char *)cur + 1 - lx->chunk_start), 0);
      }
    "\n"                      { kind = TK_NEWLINE; break; }
    "\x00"                    {
        if ((const char *)tok == lx->end) { cur = tok; kind = 0; break; }
        return lexer_error_at(lx, "SyntaxError", (const char *)tok,
                              "source code cannot contain null bytes");
      }

    "False"    { kind = TK_FALSE; goto name; }
    "None"     { kind = TK_NONE; goto name; }
    "True"     { kind = TK_TRUE; goto name; }
    "and"      { kind = TK_AND; goto name; }
    "as"       { kind = TK_AS; goto name; }
    "assert"   { kind = TK_ASSERT; goto name; }
    "async"    { kind = TK_ASYNC; goto name; }
    "await"    { kind = TK_AWAIT; goto name; }
    "break"    { kind = TK_BREAK; goto name; }
    "class"    { kind = TK_CLASS; goto name; }
    "continue" { kind = TK_CONTINUE; goto name; }
    "def"      { kind = TK_DEF; goto name; }
    "del"      { kind = TK_DEL; goto name; }
    "elif"     { kind = TK_ELIF; goto name; }
    "else"     { kind = TK_ELSE; goto name; }
    "except"   { kind = TK_EXCEPT; goto name; }
    "finally"  { kind = TK_FINALLY; goto name; }
    "for"      { kind = TK_FOR; goto name; }
    "from"     { kind = TK_FROM; goto name; }
    "global"   { kind = TK_GLOBAL; goto name; }
    "if"       { kind = TK_IF; goto name; }
    "import"   { kind = TK_IMPORT; goto name; }
    "in"       { kind = TK_IN; goto name; }
    "is"       { kind = TK_IS; goto name; }
    "lambda"   { kind = TK_LAMBDA; goto name; }
    "nonlocal" { kind = TK_NONLOCAL; goto name; }
    "not"      { kind = TK_NOT; goto name; }
    "or"       { kind = TK_OR; goto name; }
    "pass"     { kind = TK_PASS; goto name; }
    "raise"    { kind = TK_RAISE; goto name; }
    "return"   { kind = TK_RETURN; goto name; }
    "try"      { kind = TK_TRY; goto name; }
    "while"    { kind = TK_WHILE; goto name; }
    "with"     { kind = TK_WITH; goto name; }
    "yield"    { kind = TK_YIELD; goto name; }

    strprefix? "'''"          { lx->cur = (const char *)cur; return lexer_scan_string(lx, t, '\'', true); }
    strprefix? "\"\"\""       { lx->cur = (const char *)cur; return lexer_scan_string(lx, t, '"', true); }
    strprefix? "'"            { lx->cur = (const char *)cur; return lexer_scan_string(lx, t, '\'', false); }
    strprefix? "\""           { lx->cur = (const char *)cur; return lexer_scan_string(lx, t, '"', false); }

    idstart idchar*           {
        /* a plain name; non-ASCII bytes need a UTF-8 check */
        const unsigned char *q;
        kind = TK_NAME;
        for (q = tok; q < cur; q++) {
          if (*q >= 0x80) {
            t->len = (size_t)(cur - tok);
            lx->cur = (const char *)cur;
            return lexer_check_name(lx, t);
          }
        }
        break;
      }

    decint | hexint | octint | binint { kind = TK_INT; goto number; }
    float                     { kind = TK_FLOAT; goto number; }

    "("   { kind = TK_LPAR; break; }
    ")"   { kind = TK_RPAR; break; }
    "["   { kind = TK_LSQB; break; }
    "]"   { kind = TK_RSQB; break; }
    "{"   { kind = TK_LBRACE; break; }
    "}"   { kind = TK_RBRACE; break; }
    ","   { kind = TK_COMMA; break; }
    ":"   { kind = TK_COLON; break; }
    ";"   { kind = TK_SEMI; break; }
    "."   { kind = TK_DOT; break; }
    "..." { kind = TK_ELLIPSIS; break; }
    "->"  { kind = TK_ARROW; break; }
    "="   { kind = TK_EQUAL; break; }
    ":="  { kind = TK_COLONEQUAL; break; }
    "+"   { kind = TK_PLUS; break; }
    "-"   { kind = TK_MINUS; break; }
    "*"   { kind = TK_STAR; break; }
    "/"   { kind = TK_SLASH; break; }
    "//"  { kind = TK_DSLASH; break; }
    "%"   { kind = TK_PERCENT; break; }
    "**"  { kind = TK_DSTAR; break; }
    "@"   { kind = TK_AT; break; }
    "<<"  { kind = TK_LSHIFT; break; }
    ">>"  { kind = TK_RSHIFT; break; }
    "&"   { kind = TK_AMPER; break; }
    "|"   { kind = TK_VBAR; break; }
    "^"   { kind = TK_CIRCUMFLEX; break; }
    "~"   { kind = TK_TILDE; break; }
    "<"   { kind = TK_LESS; break; }
    ">"   { kind = TK_GREATER; break; }
    "<="  { kind = TK_LESSEQUAL; break; }
    ">="  { kind = TK_GREATEREQUAL; break; }
    "=="  { kind = TK_EQEQUAL; break; }
    "!="  { kind = TK_NOTEQUAL; break; }
    "<>"  { kind = TK_NOTEQUAL; break; }
    ("+" | "-" | "*" | "/" | "//" | "%" | "**" | "@" | "<<" | ">>" | "&" | "|" | "^") "="
          { kind = TK_AUGASSIGN; break; }

    [\x01-\x7f]               { return lexer_bad_char(lx, (const char *)tok); }
    *                         { return lexer_bad_char(lx, (const char *)tok); }
*/
  }
  t->len = (size_t)(cur - tok);
  lx->cur = (const char *)cur;
  return kind;

name:
  /* a keyword, unless more identifier characters follow ("iffy") */
  while (*cur == '_' || (*cur >= 'a' && *cur <= 'z') || (*cur >= 'A' && *cur <= 'Z') ||
         (*cur >= '0' && *cur <= '9') || *cur >= 0x80) {
    kind = TK_NAME;
    cur++;
  }
  t->len = (size_t)(cur - tok);
  lx->cur = (const char *)cur;
  if (kind == TK_NAME) {
    const unsigned char *q;
    for (q = tok; q < cur; q++)
      if (*q >= 0x80) return lexer_check_name(lx, t);
  }
  return kind;

number:
  t->len = (size_t)(cur - tok);
  lx->cur = (const char *)cur;
  return lexer_check_number(lx, t, kind);
}
