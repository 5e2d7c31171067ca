# A 'try' whose body is missing.
# expect error: IndentationError: expected an indented block after 'try' statement on line 4
# expect error line: 5
try:
x = 1
except ValueError:
    pass
