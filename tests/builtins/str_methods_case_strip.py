# upper, lower, strip family, startswith/endswith, find, count.
s = "  Hello, World  "
print(repr(s.upper()), repr(s.lower()))
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print(repr("xxhixx".strip("x")), repr("\t\n a \n".strip()))
t = s.strip()
print(t.startswith("Hell"), t.endswith("ld"), t.startswith("World"))
print(t.find("o"), t.find("zz"), t.count("l"), t.index("W"))
print("abc".capitalize(), "hello world".title(), "MiXeD".swapcase())
print("42".isdigit(), "4a".isdigit(), "abc".isalpha(), "   ".isspace())

# expect: '  HELLO, WORLD  ' '  hello, world  '
# expect: 'Hello, World' 'Hello, World  ' '  Hello, World'
# expect: 'hi' 'a'
# expect: True True False
# expect: 4 -1 3 7
# expect: Abc Hello World mIxEd
# expect: True False True True
