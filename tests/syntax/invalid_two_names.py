# Two names side by side.
# expect error: SyntaxError: invalid syntax
# expect error line: 5
x = 1
x y
