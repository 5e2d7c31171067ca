# A non-ASCII character that cannot start a token.
# expect error: SyntaxError: invalid character '€' (U+20AC)
# expect error line: 4
price = 5€
