# A line indented deeper than its block for no reason.
# expect error: IndentationError: unexpected indent
# expect error line: 5
x = 1
    y = 2
