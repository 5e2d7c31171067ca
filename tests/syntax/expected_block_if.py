# An 'if' whose body is missing.
# expect error: IndentationError: expected an indented block after 'if' statement on line 5
# expect error line: 6
x = 1
if x:
print(x)
