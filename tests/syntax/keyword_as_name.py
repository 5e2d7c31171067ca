# A keyword cannot be assigned to.
# expect error: SyntaxError: invalid syntax
# expect error line: 4
class = 1
