# An unterminated single-quoted string is a compile-time error.
# expect error: SyntaxError: unterminated string literal (detected at line 5)
# expect error line: 5
print("before")
x = 'abc
print(x)
