# 'continue' outside a loop.
# expect error: SyntaxError: 'continue' not properly in loop
# expect error line: 5
def f():
    continue
