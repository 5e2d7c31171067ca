# repr of strings picks quotes and escapes what is not printable.
print(repr("plain"))
print(repr("it's"))
print(repr('say "hi"'))
print(repr("both ' and \""))
print(repr("tab\there"), repr("nl\n"), repr("back\\slash"))
print(repr("\x00\x07\x1b\x7f"), repr("é"), repr("취소"), repr("\u200b"))
print(repr(""))

# expect: 'plain'
# expect: "it's"
# expect: 'say "hi"'
# expect: 'both \' and "'
# expect: 'tab\there' 'nl\n' 'back\\slash'
# expect: '\x00\x07\x1b\x7f' 'é' '취소' '\u200b'
# expect: ''
