# A function call on the left of '='.
# expect error: SyntaxError: cannot assign to function call here. Maybe you meant '==' instead of '='?
# expect error line: 6
def f():
    return 1
f() = 2
