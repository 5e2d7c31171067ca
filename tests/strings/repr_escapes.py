# repr of strings: quote choice and escapes.
print(repr("plain"))
print(repr("it's"))
print(repr('say "hi"'))
print(repr("both ' and \""))
print(repr("tab\tnew\nline\r\\"))
print(repr("\x00\x07\x1b\x7f"))
print(repr("é日😀"), repr("\u200b"), repr("\xa0"))
print(ascii("é日😀"))

# expect: 'plain'
# expect: "it's"
# expect: 'say "hi"'
# expect: 'both \' and "'
# expect: 'tab\tnew\nline\r\\'
# expect: '\x00\x07\x1b\x7f'
# expect: 'é日😀' '\u200b' '\xa0'
# expect: '\xe9\u65e5\U0001f600'
