# Parsing tokens with isdigit/isalpha checks.
tokens = "x1 42 abc 7z 007 -3 3.5".split()
for t in tokens:
    kind = "int" if t.isdigit() else "word" if t.isalpha() else "other"
    print(t, kind)

# expect: x1 other
# expect: 42 int
# expect: abc word
# expect: 7z other
# expect: 007 int
# expect: -3 other
# expect: 3.5 other
