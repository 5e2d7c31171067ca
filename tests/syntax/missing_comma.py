# Two list items without a comma between them.
# expect error: SyntaxError: invalid syntax. Perhaps you forgot a comma?
# expect error line: 4
xs = [1 2]
