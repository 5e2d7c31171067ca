# A def whose body is missing (end of file).
# expect error: IndentationError: expected an indented block after function definition on line 4
# expect error line: 4
def f():
