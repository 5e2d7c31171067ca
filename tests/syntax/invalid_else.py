# An 'else' with no 'if' before it.
# expect error: SyntaxError: invalid syntax
# expect error line: 5
x = 1
else:
    pass
