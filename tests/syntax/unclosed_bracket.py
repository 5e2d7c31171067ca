# A '[' still open at the end of the file, reported at the bracket.
# expect error: SyntaxError: '[' was never closed
# expect error line: 4
xs = [1, 2,
y = 3
