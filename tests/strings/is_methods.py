# The is* predicates on typical and edge-case strings.
for s in ["123", "12.5", "abc", "abc1", "", " \t\n", "ABC", "Title Case", "x y", "٣"]:
    print(repr(s), s.isdigit(), s.isalpha(), s.isalnum(), s.isspace(),
          s.isupper(), s.islower(), s.istitle(), s.isdecimal(), s.isnumeric())
print("_id".isidentifier(), "1x".isidentifier(), "ascii".isascii(), "é".isascii())

# expect: '123' True False True False False False False True True
# expect: '12.5' False False False False False False False False False
# expect: 'abc' False True True False False True False False False
# expect: 'abc1' False False True False False True False False False
# expect: '' False False False False False False False False False
# expect: ' \t\n' False False False True False False False False False
# expect: 'ABC' False True True False True False False False False
# expect: 'Title Case' False False False False False False True False False
# expect: 'x y' False False False False False True False False False
# expect: '٣' True False True False False False False True True
# expect: True False True False
