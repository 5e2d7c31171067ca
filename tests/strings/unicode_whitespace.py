# split, rsplit, strip and splitlines with Unicode whitespace and line breaks.
s = "\u3000alpha\u00a0beta\u2003gamma\u2028delta\x1c"
print(s.split())
print(s.rsplit(None, 1))
print(s.split(None, 2), "a b c ".split(None, 1), " a b c".rsplit(None, 1))
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("là bà".rsplit(None, 1), "là bà".split(), "xà".rsplit(None, 0))
print("a\u2005b\u2005".rsplit(None, 1), "\u0085a\u0085".strip(), "日\u3000本".split())
print("one\u2028two\u2029three\x85four\x1dfive\x0bsix".splitlines())
print("a\u2028b".splitlines(True), "a\r\nb\u000cc".splitlines(True))
print("\u200b".strip() == "\u200b", repr("\ufeffx".strip()), repr("\u180ex".strip()))

# expect: ['alpha', 'beta', 'gamma', 'delta']
# expect: ['\u3000alpha\xa0beta\u2003gamma', 'delta']
# expect: ['alpha', 'beta', 'gamma\u2028delta\x1c'] ['a', 'b c '] [' a b', 'c']
# expect: 'alpha\xa0beta\u2003gamma\u2028delta' 'alpha\xa0beta\u2003gamma\u2028delta\x1c' '\u3000alpha\xa0beta\u2003gamma\u2028delta'
# expect: ['là', 'bà'] ['là', 'bà'] ['xà']
# expect: ['a', 'b'] a ['日', '本']
# expect: ['one', 'two', 'three', 'four', 'five', 'six']
# expect: ['a\u2028', 'b'] ['a\r\n', 'b\x0c', 'c']
# expect: True '\ufeffx' '\u180ex'
