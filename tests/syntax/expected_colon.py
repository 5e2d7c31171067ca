# An 'if' header without its ':'.
# expect error: SyntaxError: expected ':'
# expect error line: 5
x = 1
if x > 0
    print(x)
