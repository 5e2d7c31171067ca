# A ')' without an opening '('.
# expect error: SyntaxError: unmatched ')'
# expect error line: 4
x = 1)
