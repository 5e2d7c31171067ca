# Decimal literals cannot have leading zeros (use 0o for octal).
# expect error: SyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers
# expect error line: 4
x = 012
