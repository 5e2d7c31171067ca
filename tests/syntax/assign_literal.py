# A literal on the left of '='.
# expect error: SyntaxError: cannot assign to literal here. Maybe you meant '==' instead of '='?
# expect error line: 4
1 = x
