# compile(..., 'eval') sees indentation as CPython's tokenizer does (an
# indented line outside brackets is an IndentationError), while eval()
# skips an expression's leading blanks first.
for src in [' 1', '  (1)', ' #c\n1', '\n 1', '\t1', ' \n1', '1\n 2', '(1,\n 2)', '  1 +']:
    try:
        compile(src, 's', 'eval'); print(repr(src), 'ok')
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
x = 5
print(eval(" x"), eval("\tx + 1"), eval("(x,\n x)"), f"{ x }", f"""{
 x}""")
for f in (lambda: eval(" 1 + 1"), lambda: compile(" 1", "s", "eval"), lambda: exec(" y = 1")):
    try:
        print("ok", f())
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.offset, repr(e.text))
# expect: ' 1' IndentationError unexpected indent 1 1 1 -1 ' 1'
# expect: '  (1)' IndentationError unexpected indent 1 2 1 -1 '  (1)'
# expect: ' #c\n1' ok
# expect: '\n 1' IndentationError unexpected indent 2 1 2 -1 ' 1'
# expect: '\t1' IndentationError unexpected indent 1 1 1 -1 '\t1'
# expect: ' \n1' ok
# expect: '1\n 2' IndentationError unexpected indent 2 1 2 -1 ' 2'
# expect: '(1,\n 2)' ok
# expect: '  1 +' IndentationError unexpected indent 1 2 1 -1 '  1 +'
# expect: 5 6 (5, 5) 5 5
# expect: ok 2
# expect: IndentationError unexpected indent 1 ' 1'
# expect: IndentationError unexpected indent 1 ' y = 1\n'
