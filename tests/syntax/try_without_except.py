# A 'try' needs an 'except' or a 'finally'.
# expect error: SyntaxError: expected 'except' or 'finally' block
# expect error line: 6
try:
    x = 1
print(x)
