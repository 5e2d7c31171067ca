# A def header without its ':'.
# expect error: SyntaxError: expected ':'
# expect error line: 4
def f(x)
    return x
