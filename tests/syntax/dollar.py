# '$' is not a Python token.
# expect error: SyntaxError: invalid syntax
# expect error line: 5
x = 1
y = $x
