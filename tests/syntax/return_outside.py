# 'return' at module level.
# expect error: SyntaxError: 'return' outside function
# expect error line: 5
print("never printed")
return 1
