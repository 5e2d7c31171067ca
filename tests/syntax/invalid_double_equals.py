# '=' followed by '=' with a space between.
# expect error: SyntaxError: invalid syntax
# expect error line: 4
x = = 1
