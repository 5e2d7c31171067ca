# strip, lstrip, rstrip with default whitespace and explicit characters.
s = "  \t hello world \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixyx".strip("xy"), "www.example.com".lstrip("w."), "file.txt...".rstrip("."))
print(repr("".strip()), repr("   ".strip()))
print("abcba".strip("ab"))

# expect: 'hello world' 'hello world \n ' '  \t hello world'
# expect: hi example.com file.txt
# expect: '' ''
# expect: c
