# An expression on the left of '='.
# expect error: SyntaxError: cannot assign to expression here. Maybe you meant '==' instead of '='?
# expect error line: 5
a = 1
a + 1 = 2
