# The whole file is compiled before anything runs: no output at all.
# expect error: SyntaxError: '(' was never closed
# expect error line: 7
print("this line is never printed")
def f():
    return 1
x = (1 +
