# A '[' closed by a '}' on a later line.
# expect error: SyntaxError: closing parenthesis '}' does not match opening parenthesis '[' on line 4
# expect error line: 5
x = [1,
     2}
