# Dedenting to a column that no enclosing block used.
# expect error: IndentationError: unindent does not match any outer indentation level
# expect error line: 6
if True:
        x = 1
    y = 2
