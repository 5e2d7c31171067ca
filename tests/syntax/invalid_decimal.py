# A number immediately followed by letters.
# expect error: SyntaxError: invalid decimal literal
# expect error line: 4
x = 1abc
