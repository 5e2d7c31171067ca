# The attributes of a SyntaxError caught from compile(): CPython 3.11 sets
# text and offsets differently for each stage that finds the error.
#   parser (pegen): text is the tokenizer's line, with its newline (without
#     it once the tokenizer has read past that line); offsets in characters;
#   tokenizer: text is the line without its newline, end_offset == offset;
#   compiler / symtable: text is read from the file named by the filename
#     ("<string>" is none, so None); offsets are byte columns + 1.
def show(src, mode="exec"):
    try:
        compile(src, "<string>", mode)
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.filename, e.lineno, e.offset,
              e.end_lineno, e.end_offset, repr(e.text))

print("-- parser")
show("x y")                          # last line without a newline: 'exec' adds one
show("x y\n")
show("x = 1 +\n")
show("if x\n    pass\n")
show("f() = 2\n")
show("xs = [1 2]\n")
show("(a +\n b) = 1\n")              # the tokenizer is past line 1: no newline
show("f(\n  a b\n)\n")
show("x = (1,\n     2 3)\n")
show('s = """a\nb""" y\n')           # a string spanning lines stays in the buffer
show("x = 1 +\\\n  2 3\n")           # so does a backslash continuation
show("x = {1: 2, 3}\n")
show("@dec\n")
show("from a import b,\n")
show("print(f\"{}\")  \n")
show("\u00e9 = 1; x y\n")            # offsets count characters, not bytes
show("x = \"\u20ac\u20ac\u20ac\" y\n")
print("-- indentation")
show("def f():\n")
show("def f():\n\n\n")
show("if x:\npass\n")
show("x = 1\n  y = 2\n")
show("if True:\n    x = 1\n  y = 2\n")
show("if True:\n        x = 1\n\ty = 2\n")
print("-- tokenizer")
show("x = 'abc\n")
show("x = 'abc")
show('x = """abc\n\n')
show("\u00e9 = 'abc\n")
show("x = 1abc\n")
show("x = 012\n")
show("\u00e9 = 012\n")
show("x = 5\u20ac + 1\n")
show("a\u20acb = 1\n")
show("x = 1)\n")
show("x = (1, 2]\n")
show("x = [1,\n  2}\n")
show("x = (1 +\n")
show("x = (1 +\n\n# c\n")
show("\u00e9 = (1 +\n")
show("x = [1, 2,\ny = 3\n")
show("x = 1 \\ y\n")
show("x = 1 + \\\n  2 \\ y\n")
show("x = 1 \\")
show("x y\nz = 'abc\n")                # a later tokenizer error wins
print("-- compiler")
show("break\n")
show("x = 1; break")
show("for x in y:\n  def f():\n    continue\n")
show("return 1\n")
show("await x\n")
show("def f():\n    await x\n")
show("yield 1\n")
show("nonlocal x\n")
show("def f(a, a): pass\n")
show("*a = 1\n")
show("x = *a\n")
show("\u00e9 = 1; break\n")            # compiler offsets are byte columns
print("-- eval and single")
show("1 +", "eval")
show("1 +\n", "eval")
show("x y", "eval")
show("(1,\n 2 3)", "eval")
show("'abc", "eval")
show("await x", "eval")
show("x y", "single")
show("x y\n", "single")
show("1 +", "single")
show("if x", "single")
show("if x:", "single")
show("if x:\n", "single")
show("break", "single")
show("f'{}'", "single")
show("x = 1 \\", "single")
# expect: -- parser
# expect: SyntaxError 'invalid syntax' <string> 1 3 1 4 'x y\n'
# expect: SyntaxError 'invalid syntax' <string> 1 3 1 4 'x y\n'
# expect: SyntaxError 'invalid syntax' <string> 1 8 1 8 'x = 1 +\n'
# expect: SyntaxError "expected ':'" <string> 1 5 1 5 'if x\n'
# expect: SyntaxError "cannot assign to function call here. Maybe you meant '==' instead of '='?" <string> 1 1 1 4 'f() = 2\n'
# expect: SyntaxError 'invalid syntax. Perhaps you forgot a comma?' <string> 1 7 1 10 'xs = [1 2]\n'
# expect: SyntaxError "cannot assign to expression here. Maybe you meant '==' instead of '='?" <string> 1 2 2 3 '(a +'
# expect: SyntaxError 'invalid syntax. Perhaps you forgot a comma?' <string> 2 3 2 6 '  a b'
# expect: SyntaxError 'invalid syntax. Perhaps you forgot a comma?' <string> 2 6 2 9 '     2 3)\n'
# expect: SyntaxError 'invalid syntax' <string> 2 6 2 7 's = """a\nb""" y\n'
# expect: SyntaxError 'invalid syntax' <string> 2 5 2 6 'x = 1 +\\\n  2 3\n'
# expect: SyntaxError "':' expected after dictionary key" <string> 1 12 1 0 'x = {1: 2, 3}\n'
# expect: SyntaxError 'invalid syntax' <string> 1 0 1 0 '@dec\n'
# expect: SyntaxError 'trailing comma not allowed without surrounding parentheses' <string> 1 17 1 17 'from a import b,\n'
# expect: SyntaxError 'f-string: empty expression not allowed' <string> 1 12 1 13 'print(f"{}")  \n'
# expect: SyntaxError 'invalid syntax' <string> 1 10 1 11 'é = 1; x y\n'
# expect: SyntaxError 'invalid syntax' <string> 1 11 1 12 'x = "€€€" y\n'
# expect: -- indentation
# expect: IndentationError 'expected an indented block after function definition on line 1' <string> 1 9 1 -1 'def f():\n'
# expect: IndentationError 'expected an indented block after function definition on line 1' <string> 3 1 3 -1 '\n'
# expect: IndentationError "expected an indented block after 'if' statement on line 1" <string> 2 1 2 5 'pass\n'
# expect: IndentationError 'unexpected indent' <string> 2 2 2 -1 '  y = 2\n'
# expect: IndentationError 'unindent does not match any outer indentation level' <string> 3 8 3 -1 '  y = 2\n'
# expect: TabError 'inconsistent use of tabs and spaces in indentation' <string> 3 1 3 0 '\ty = 2\n'
# expect: -- tokenizer
# expect: SyntaxError 'unterminated string literal (detected at line 1)' <string> 1 5 1 5 "x = 'abc"
# expect: SyntaxError 'unterminated string literal (detected at line 1)' <string> 1 5 1 5 "x = 'abc"
# expect: SyntaxError 'unterminated triple-quoted string literal (detected at line 2)' <string> 1 5 1 5 'x = """abc'
# expect: SyntaxError 'unterminated string literal (detected at line 1)' <string> 1 5 1 5 "é = 'abc"
# expect: SyntaxError 'invalid decimal literal' <string> 1 5 1 5 'x = 1abc'
# expect: SyntaxError 'leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers' <string> 1 5 1 6 'x = 012'
# expect: SyntaxError 'leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers' <string> 1 6 1 7 'é = 012'
# expect: SyntaxError "invalid character '€' (U+20AC)" <string> 1 6 1 6 'x = 5€ + 1'
# expect: SyntaxError "invalid character '€' (U+20AC)" <string> 1 2 1 2 'a€b = 1'
# expect: SyntaxError "unmatched ')'" <string> 1 6 1 6 'x = 1)'
# expect: SyntaxError "closing parenthesis ']' does not match opening parenthesis '('" <string> 1 10 1 10 'x = (1, 2]'
# expect: SyntaxError "closing parenthesis '}' does not match opening parenthesis '[' on line 1" <string> 2 4 2 4 '  2}'
# expect: SyntaxError "'(' was never closed" <string> 1 5 1 0 'x = (1 +\n'
# expect: SyntaxError "'(' was never closed" <string> 1 5 1 0 'x = (1 +'
# expect: SyntaxError "'(' was never closed" <string> 1 5 1 0 'é = (1 +\n'
# expect: SyntaxError "'[' was never closed" <string> 1 5 1 0 'x = [1, 2,'
# expect: SyntaxError 'unexpected character after line continuation character' <string> 1 8 1 0 'x = 1 \\ y\n'
# expect: SyntaxError 'unexpected character after line continuation character' <string> 2 16 2 0 'x = 1 + \\\n  2 \\ y\n'
# expect: SyntaxError 'unexpected EOF while parsing' <string> 1 8 1 -1 'x = 1 \\\n'
# expect: SyntaxError 'unterminated string literal (detected at line 2)' <string> 2 5 2 5 "z = 'abc"
# expect: -- compiler
# expect: SyntaxError "'break' outside loop" <string> 1 1 1 6 None
# expect: SyntaxError "'break' outside loop" <string> 1 8 1 13 None
# expect: SyntaxError "'continue' not properly in loop" <string> 3 5 3 13 None
# expect: SyntaxError "'return' outside function" <string> 1 1 1 9 None
# expect: SyntaxError "'await' outside function" <string> 1 1 1 8 None
# expect: SyntaxError "'await' outside async function" <string> 2 5 2 12 None
# expect: SyntaxError "'yield' outside function" <string> 1 1 1 8 None
# expect: SyntaxError 'nonlocal declaration not allowed at module level' <string> 1 1 1 11 None
# expect: SyntaxError "duplicate argument 'a' in function definition" <string> 1 10 1 11 None
# expect: SyntaxError 'starred assignment target must be in a list or tuple' <string> 1 1 1 3 None
# expect: SyntaxError "can't use starred expression here" <string> 1 5 1 7 None
# expect: SyntaxError "'break' outside loop" <string> 1 9 1 14 None
# expect: -- eval and single
# expect: SyntaxError 'invalid syntax' <string> 1 0 1 0 '1 +'
# expect: SyntaxError 'invalid syntax' <string> 1 4 1 4 '1 +\n'
# expect: SyntaxError 'invalid syntax' <string> 1 3 1 4 'x y'
# expect: SyntaxError 'invalid syntax. Perhaps you forgot a comma?' <string> 2 2 2 5 ' 2 3)'
# expect: SyntaxError 'unterminated string literal (detected at line 1)' <string> 1 1 1 1 "'abc"
# expect: SyntaxError "'await' outside function" <string> 1 1 1 8 None
# expect: SyntaxError 'invalid syntax' <string> 1 3 1 4 'x y'
# expect: SyntaxError 'invalid syntax' <string> 1 3 1 4 'x y\n'
# expect: SyntaxError 'invalid syntax' <string> 1 0 1 0 '1 +'
# expect: SyntaxError "expected ':'" <string> 1 4 1 -1 'if x'
# expect: IndentationError "expected an indented block after 'if' statement on line 1" <string> 1 5 1 -1 'if x:'
# expect: IndentationError "expected an indented block after 'if' statement on line 1" <string> 1 6 1 -1 'if x:\n'
# expect: SyntaxError "'break' outside loop" <string> 1 1 1 6 None
# expect: SyntaxError 'f-string: empty expression not allowed' <string> 1 5 1 -1 "f'{}'"
# expect: SyntaxError 'unexpected character after line continuation character' <string> 1 7 1 0 'x = 1 \\'
