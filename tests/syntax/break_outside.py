# 'break' outside a loop.
# expect error: SyntaxError: 'break' outside loop
# expect error line: 5
if True:
    break
