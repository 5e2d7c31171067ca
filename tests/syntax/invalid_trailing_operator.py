# A binary operator with no right operand.
# expect error: SyntaxError: invalid syntax
# expect error line: 4
x = 1 +
