# A '(' closed by a ']'.
# expect error: SyntaxError: closing parenthesis ']' does not match opening parenthesis '('
# expect error line: 4
x = (1, 2]
