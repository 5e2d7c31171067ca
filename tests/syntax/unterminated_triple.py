# An unterminated triple-quoted string runs to the end of the file.
# expect error: SyntaxError: unterminated triple-quoted string literal (detected at line 6)
# expect error line: 5
print("before")
s = """never
closed
