# f-string !r, !s, !a conversions, = debugging and nested quotes.
s = "héllo\n"
print(f"{s!r}")
print(f"{s!a}")
print(f"{s!s}".strip())
v = 42
print(f"{v=}")
print(f"{v * 2 = }")
print(f"{'nested'} {'sq'!r}")
d = {"k": [1, 2]}
print(f"{d['k'][1]} {len(d)} {d}")
print(f"{{braces}} {v!r:>5}")

# expect: 'héllo\n'
# expect: 'h\xe9llo\n'
# expect: héllo
# expect: v=42
# expect: v * 2 = 84
# expect: nested 'sq'
# expect: 2 1 {'k': [1, 2]}
# expect: {braces}    42
