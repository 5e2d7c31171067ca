# Numeric escapes: \x, \u, \U and octal.
print("\x41\x42\x43")
print("caf\u00e9", len("caf\u00e9"))
print("\U0001F600", len("\U0001F600"))
print("\101\102", "\60", repr("\0"), repr("\7"))
print(repr("\x00\x1f\x7f"))
print(ord("\u00e9"), ord("\U0001F600"), ord("\x41"))

# expect: ABC
# expect: café 4
# expect: 😀 1
# expect: AB 0 '\x00' '\x07'
# expect: '\x00\x1f\x7f'
# expect: 233 128512 65
