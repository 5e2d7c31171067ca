# The 'else' of a while loop needs an indented block too.
# expect error: IndentationError: expected an indented block after 'else' statement on line 6
# expect error line: 7
while False:
    pass
else:
pass
